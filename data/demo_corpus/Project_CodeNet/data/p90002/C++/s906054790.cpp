#include<bits/stdc++.h>
using namespace std;

typedef long long ll;

ll gcd(ll a, ll b)
{
    if (b == 0) return a;
    return gcd(b, a % b);
}

ll lcm(ll a, ll b)
{
    // divide first so that the product does not overflow
    return a / gcd(a, b) * b;
}

int main()
{
    ll a, b; cin >> a >> b;
    ll g = gcd(a, b);
    ll l = lcm(a, b);
    cout << g << " " << l << "\n";
}
