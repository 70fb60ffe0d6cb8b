// author: u948236190
#include <cstdio>
#include <string>

typedef long long ll;

int main()
{
    int n;scanf("%d",&n);
    ll a=1,b=1,c=2;
    if(n==1)
    {
        printf("%d\n",1);
        return 0;
    }
    for(int i=3;i<n+1;i++)
    {
        ll d=(a+b+c)%1000000007;
        a=b;
        b=c;
        c=d;
    }
    printf("%lld\n",c);
    return 0;
}
