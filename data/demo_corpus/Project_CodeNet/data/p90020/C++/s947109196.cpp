// Demo Contest 007 - Fibonacci
#include <cstdio>
using namespace std;

typedef long long ll;

#define MOD 1000000007

int main()
{
    int n;
    scanf("%d",&n);
    ll a=0,b=1;
    for(int i=0;i<n;++i){
        ll c=(a+b)%MOD;
        a=b;
        b=c;
    }
    printf("%lld\n",a);
    return 0;
}