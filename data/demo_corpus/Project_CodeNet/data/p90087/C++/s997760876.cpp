#include <iostream>
#include <string>
using namespace std;

// a border of dead cells around the grid
int g[102][102],cnt[102][102];

int main(){
    ios::sync_with_stdio(0);
    cin.tie(nullptr);
    int H,W;cin>>H>>W;
    for(int i=0;i<H;i++){
        string row;cin>>row;
        for(int j=0;j<W;j++)g[i+1][j+1]=row[j]=='#';
    }
    for(int i=1;i<H+1;i++)for(int j=1;j<W+1;j++){
        for(int a=i-1;a<i+2;a++)for(int b=j-1;b<j+2;b++){
            cnt[i][j]+=g[a][b];
        }
        cnt[i][j]-=g[i][j];
    }
    for(int i=1;i<H+1;i++){
        for(int j=1;j<W+1;j++){
            bool live=cnt[i][j]==3||(g[i][j]&&cnt[i][j]==2);
            cout<<(live?'#':'.');
        }
        cout<<endl;
    }
    return 0;
}