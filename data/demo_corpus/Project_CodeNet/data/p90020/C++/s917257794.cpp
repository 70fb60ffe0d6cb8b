#include <cstdint>
#include <iostream>
#include <vector>
using namespace std;

#define MOD 1000000007

int main()
{
    ios_base::sync_with_stdio(false);
    cin.tie(0);
    int n;
    cin>>n;
    int64_t a=0,b=1;
    for(int i=0;i<n;i++)
    {
        int64_t c=(a+b)%MOD;
        a=b;
        b=c;
    }
    cout<<a<<endl;
    return 0;
}