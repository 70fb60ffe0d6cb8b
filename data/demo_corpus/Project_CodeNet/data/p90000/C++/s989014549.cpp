#include <iostream>
#include <vector>
using namespace std;

long long add(long long x,long long y)
{
    return x+y;
}

int main()
{
    ios::sync_with_stdio(false);
    cin.tie(0);
    int n;cin>>n;
    for(int i=0;i<n;i++)
    {
        long long a,b;cin>>a>>b;
        long long s=add(a,b);
        cout<<s<<endl;
    }
    return 0;
}
