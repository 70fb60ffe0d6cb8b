// Demo Contest 010 - Grid Paths
#include<bits/stdc++.h>
using namespace std;

const int MOD=1000000007;

int main(){
    int H,W;scanf("%d%d",&H,&W);
    vector<string>field(H);
    for(int i=0;i<H;i++){
        char buf[1005];
        scanf("%s",buf);
        string row=buf;
        field[i]=row;
    }
    vector<vector<int>>f(H,vector<int>(W,0));
    f[0][0]=1;
    for(int i=0;i<H;i++){
        for(int j=0;j<W;j++){
            if(field[i][j]=='#'){
                f[i][j]=0;
                continue;
            }
            if(i>0)f[i][j]=(f[i][j]+f[i-1][j])%MOD;
            if(j>0)f[i][j]=(f[i][j]+f[i][j-1])%MOD;
        }
    }
    printf("%d\n",f[H-1][W-1]);
    return 0;
}
