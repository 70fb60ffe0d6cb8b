#include <algorithm>
#include <cmath>
#include <iostream>
#include <vector>
using namespace std;

#define rep(i, n) for (int i = 0; i < (int)(n); i++)

int main()
{
    ios::sync_with_stdio(false);cin.tie(nullptr);
    int n;cin>>n;
    vector<int>a(n);
    rep(i2,n)cin>>a[i2];
    // a[i + 1 ...] is the longest decreasing suffix
    int i=n-2;
    while(i>=0&&a[i]>a[i+1])i--;
    if(i<0){
        cout<<"none"<<'\n';
        return 0;
    }
    int j=n-1;
    while(a[j]<a[i])j--;
    swap(a[i],a[j]);
    reverse(a.begin()+i+1,a.end());
    rep(k,n){
        if(k>0)cout<<" ";
        cout<<a[k];
    }
    cout<<'\n';
    return 0;
}