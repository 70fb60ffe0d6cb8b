// Demo Contest 034 - Joining Ropes
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;

int main()
{
    ios::sync_with_stdio(0);
    cin.tie(0);
    int n;
    cin>>n;
    priority_queue<ll,vector<ll>,greater<ll>>pq;
    for(int i=0;i<n;i++)
    {
        ll x;
        cin>>x;
        pq.push(x);
    }
    ll cost=0;
    while(pq.size()>1)
    {
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