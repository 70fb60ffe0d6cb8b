// author: u900446373
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
#define fi first
#define se second
typedef pair<int,int>pii;
typedef vector<int>vi;
const int INF=1e9;

int main(int argc,char*argv[]){
    ios::sync_with_stdio(0);
    cin.tie(nullptr);
    int n;cin>>n;
    priority_queue<ll,vector<ll>,greater<ll>>pq;
    REP(i,n){
        ll X;cin>>X;
        pq.push(X);
    }
    ll cost=0;
    // always join the two shortest ropes
    while(pq.size()>1){
        ll a=pq.top();
        pq.pop();
        ll b=pq.top();
        pq.pop();
        cost+=a+b;
        pq.push(a+b);
    }
    cout<<cost<<'\n';
    return 0;
}
