#include <algorithm>
#include <iostream>
#include <vector>
using namespace std;

struct BIT
{
    vector<int>t;
    BIT(int n):t(n+1,0){}
    void add(int i)
    {
        for(i++;i<(int)t.size();i+=i&-i)t[i]++;
    }
    int query(int i){ // count of indices < i
        int s=0;
        for(;i>0;i-=i&-i)s+=t[i];
        return s;
    }
};

void solve()
{
    int n;cin>>n;
    vector<int>A(n);
    for(int j=0;j<n;j++)cin>>A[j];
    vector<int>vals(A);
    sort(vals.begin(),vals.end());
    vals.erase(unique(vals.begin(),vals.end()),vals.end());
    BIT bit(vals.size());
    long long ret=0;
    for(int i=0;i<n;i++)
    {
        int r=lower_bound(vals.begin(),vals.end(),A[i])-vals.begin();
        ret+=i-bit.query(r+1);
        bit.add(r);
    }
    cout<<ret<<"\n";
}

int main()
{
    solve();
    return 0;
}