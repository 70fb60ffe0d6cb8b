#include <iostream>
#include <queue>
using namespace std;

typedef long long ll;

void solve()
{
    int n;
    cin >> n;
    // a max-heap of negated lengths pops the shortest first
    priority_queue<ll> pq;
    for (int i = 0; i < n; i++)
    {
        ll X;
        cin >> X;
        pq.push(-X);
    }
    ll total = 0;
    for (int k = 0; k < n - 1; k++)
    {
        ll a = -pq.top();
        pq.pop();
        ll b = -pq.top();
        pq.pop();
        total += a + b;
        pq.push(-(a + b));
    }
    cout << total << '\n';
}

int main()
{
    ios::sync_with_stdio(false); cin.tie(NULL);
    solve();
    return 0;
}