/*
 * Demo Contest 016 - Binary
 * 2019-04-29
 */
#include<cstdio>
#include<string>
#include<cmath>

typedef long long ll;

std::string to_binary(ll n)
{
    if(n < 2) return std::string(1, char('0' + n));
    return to_binary(n / 2) + char('0' + n % 2);
}

int main()
{
    ll n;
    scanf("%lld", &n);
    puts(to_binary(n).c_str());
    return 0;
}