#include<bits/stdc++.h>
using namespace std;

typedef long long LL;

string to_binary(LL n)
{
    if (n < 2) return string(1, char('0' + n));
    return to_binary(n / 2) + char('0' + n % 2);
}

int main(void)
{
    LL n; scanf("%lld", &n);
    puts(to_binary(n).c_str());
    return 0;
}