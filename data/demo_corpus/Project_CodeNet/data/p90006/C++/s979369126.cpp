// author: u916678348
#include <iostream>
#include <string>
#include <vector>
#include <queue>
#include <utility>
using namespace std;

using ll=long long;
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define se second
typedef pair<int,int>pii;
typedef vector<int>vi;
const long long LINF=1LL<<60;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

void solve(){
    int H,W;
    cin>>H>>W;
    vector<string>board(H);
    REP(i,H){
        string row;
        cin>>row;
        board[i]=row;
    }
    int cnt=0;
    const int dr[]={0,0,1,-1};
    const int dc[]={1,-1,0,0};
    REP(i,H){
        REP(j,W){
            if(board[i][j]!='#')continue;
            cnt++;
            // flood the island so it is not counted again
            queue<pair<int,int>>Q;
            Q.push({i,j});
            board[i][j]='.';
            while(!Q.empty()){
                auto now=Q.front();
                Q.pop();
                REP(k,4){
                    int r=now.first+dr[k],c=now.second+dc[k];
                    if(r>=0&&r<H&&c>=0&&c<W&&board[r][c]=='#'){
                        board[r][c]='.';
                        Q.push({r,c});
                    }
                }
            }
        }
    }
    cout<<cnt<<"\n";
}

int main(){
    solve();
    return 0;
}