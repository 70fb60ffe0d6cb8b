#include <iostream>
#include <vector>
#include <stack>
#include <algorithm>
using namespace std;

typedef long long ll;

int main()
{
    ios::sync_with_stdio(0);
    cin.tie(NULL);
    int n;cin>>n;
    vector<ll>h(n);
    for(int j=0;j<n;++j)cin>>h[j];
    stack<int>S;
    ll ans=0;
    for(int i=0;i<n;++i){
        while(!S.empty()&&h[S.top()]<h[i]){
            int bottom=S.top();
            S.pop();
            if(S.empty())break;
            int l=S.top();
            ll width=i-l-1;
            ll height=min(h[l],h[i])-h[bottom];
            ans+=width*height;
        }
        S.push(i);
    }
    cout<<ans<<"\n";
    return 0;
}