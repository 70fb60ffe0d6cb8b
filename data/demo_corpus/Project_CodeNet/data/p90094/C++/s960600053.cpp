/*
 * Demo Contest 032 - Collatz Steps
 * 2021-11-25
 */
#include<bits/stdc++.h>

typedef long long ll;
#define se second
const int INF=1e9;
const long long LINF=1LL<<60;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int main()
{
    int qu;
    scanf("%d",&qu);
    while(qu--)
    {
        ll n;
        scanf("%lld",&n);
        int steps=0;
        while(n!=1)
        {
            if(n%2==0)
            {
                n/=2;
            }
            else
            {
                n=3*n+1;
            }
            steps++;
        }
        printf("%d\n",steps);
    }
}