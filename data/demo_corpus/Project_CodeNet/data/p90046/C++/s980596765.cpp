#include <bits/stdc++.h>
using namespace std;

#define ll long long
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
#define fi first
#define se second
#define mp make_pair
typedef vector<int>vi;
const long long LINF=1LL<<60;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};

// vertex v is "v is color 0", vertex v + n is "v is color 1"
vector<int>root_;

int root(int val){
    while(root_[val]!=val)val=root_[val]=root_[root_[val]];
    return val;
}

int main(){
    int n,m;
    scanf("%d %d",&n,&m);
    root_.resize(2*n);
    ioa(root_.begin(),root_.end(),0);
    rep(i,m){
        int u,v;
        scanf("%d %d",&u,&v);
        root_[root(u)]=root(v+n);
        root_[root(u+n)]=root(v);
    }
    bool flag=true;
    rep(v,n){
        if(root(v)==root(v+n))flag=false;
    }
    puts(flag?"Yes":"No");
    return 0;
}
