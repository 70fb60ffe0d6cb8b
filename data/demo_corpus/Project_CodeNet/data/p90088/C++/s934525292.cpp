// author: u994699302
#include <vector>
#include <utility>
#include <cstdio>
using namespace std;

using P=pair<int,int>;
typedef vector<int>vi;
const int INF=1e9;
const long long LINF=1LL<<60;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};

void solve(){
    int n;scanf("%d",&n);
    vector<vector<int>>m(n,vector<int>(n));
    int top=0,bot=n-1,lc=0,rc=n-1,v=1;
    while(top<=bot&&lc<=rc){
        for(int j=lc;j<=rc;j++)m[top][j]=v++;
        top++;
        for(int i=top;i<=bot;i++)m[i][rc]=v++;
        rc--;
        if(top<=bot){
            for(int j=rc;j>=lc;j--)m[bot][j]=v++;
            bot--;
        }
        if(lc<=rc){
            for(int i=bot;i>=top;i--)m[i][lc]=v++;
            lc++;
        }
    }
    for(int i=0;i<n;i++){
        for(int j=0;j<n;j++){
            if(j)putchar(' ');
            printf("%d",m[i][j]);
        }
        putchar('\n');
    }
}

int main(){
    solve();
    return 0;
}
