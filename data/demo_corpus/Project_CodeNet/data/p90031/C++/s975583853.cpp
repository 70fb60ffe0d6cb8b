#include <iostream>
#include <vector>
#include <algorithm>
#include <tuple>
#include <numeric>
using namespace std;

#define ll long long
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define all(v) v.begin(), v.end()
#define pb push_back
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

vector<int>par;

int root(int val){
    return par[val]==val?val:par[val]=root(par[val]);
}

int main(){
    int n,m;
    cin>>n>>m;
    vector<tuple<ll,int,int>>edges;
    rep(i,m){
        int u,v;
        cin>>u>>v;
        ll w;
        cin>>w;
        edges