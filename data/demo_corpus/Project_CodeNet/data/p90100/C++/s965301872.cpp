// author: u906894479
#include <bits/stdc++.h>
using namespace std;

#define ll long long
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
#define se second
#define mp make_pair
const int INF = 1e9;
const long long LINF = 1LL << 60;
#define endl '\n'

int main()
{
    ios_base::sync_with_stdio(false); cin.tie(0);
    int n;
    cin >> n;
    multiset<ll> ms;
    REP(i, n)
    {
        ll len;
        cin >> len;
        ms.insert(len);
    }
    ll result = 0;
    while (ms.size() >= 2)
    {
        ll a = *ms.begin();
        ms.erase(ms.begin());
        ll b = *ms.begin();
        ms.erase(ms.begin());
        result += a + b;
        ms.insert(a + b);
    }
    cout << result << "\n";
}