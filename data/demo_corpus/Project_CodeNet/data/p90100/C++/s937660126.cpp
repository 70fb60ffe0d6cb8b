#include <iostream>
#include <utility>
#include <queue>
using namespace std;

using ll = long long;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define fi first
#define se second
using P = pair<int, int>;
const int INF = 1e9;

int main() {
    int n;
    cin >> n;
    priority_queue<ll> pq;
    rep(i, n) {
        ll v;
        cin >> v;
        pq.push(-v);
    }
    ll total = 0;
    rep(k, n - 1) {
        ll a = -pq.top();
        pq.pop();
        ll b = -pq.top();
        pq.pop();
        total += a + b;
        pq.push(-(a + b));
    }
    cout << total << endl;
    return 0;
}
