// Demo Contest 033 - Permutation Check
#include <bits/stdc++.h>
using namespace std;

#define ll long long
#define rep(i,n) for(int i=0;i<(n);++i)
#define fi first
typedef pair<int,int>pii;
const int INF=1e9;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int main(){
    int n;
    scanf("%d",&n);
    vector<bool>seen(n+2,false);
    bool valid=true;
    rep(i,n){
        int x;
        scanf("%d",&x);
        if(x<1||x>n+1||seen[x]){
            valid=false;
        }else{
            seen[x]=true;
        }
    }
    printf("%s\n",(valid?"Yes":"No"));
    return 0;
}