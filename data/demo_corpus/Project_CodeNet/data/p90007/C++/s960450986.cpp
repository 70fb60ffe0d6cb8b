// 2014-03-10
#include <algorithm>
#include <iostream>
#include <vector>
using namespace std;

typedef long long ll;

int main()
{
    ios::sync_with_stdio(0);
    cin.tie(0);
    int n,W;
    cin>>n>>W;
    vector<ll>tbl(W+1,0);
    for(int i=0;i<n;++i)
    {
        int w;
        cin>>w;
        ll v;
        cin>>v;
        // go down so that each item is used at most once
        for(int j=W;j>=w;j--)
        {
            tbl[j]=max(tbl[j],tbl[j-w]+v);
        }
    }
    cout<<*max_element(tbl.begin(),tbl.end())<<endl;
}