// Calculator
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;

ll apply(ll a, char op, ll b)
{
    if(op == '+') return a + b;
    if(op == '-') return a - b;
    if(op == '*') return a * b;
    // C++ division already rounds towards zero
    return a / b;
}

signed main()
{
    ios::sync_with_stdio(0);
    cin.tie(0);
    int que; cin >> que;
    for(int i = 0; i < que; i++) {
        ll a; cin >> a;
        char op; cin >> op;
        ll b; cin >> b;
        cout << apply(a, op, b) << '\n';
    }
    return 0;
}