#include <bits/stdc++.h>
using namespace std;

using ll=long long;
#define rep(i,n) for(int i=0;i<(n);++i)
#define pb push_back
#define se second
const int INF=1e9;
const long long LINF=1LL<<60;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

void solve(){
    string b;
    rep(i,3){
        char buf[8];
        scanf("%s",buf);
        string row=buf;
        b+=row;
    }
    const int lines[8][3]={{0,1,2},{3,4,5},{6,7,8},{0,3,6},{1,4,7},{2,5,8},{0,4,8},{2,4,6}};
    string winner="draw";
    for(auto&ln:lines){
        if(b[ln[0]]!='.'&&b[ln[0]]==b[ln[1]]&&b[ln[1]]==b[ln[2]]){
            winner=string(1,b[ln[0]]);
        }
    }
    puts(winner.c_str());
}

int main(){
    solve();
    return 0;
}