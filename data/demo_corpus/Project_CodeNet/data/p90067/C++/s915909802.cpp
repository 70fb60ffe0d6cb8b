#include<bits/stdc++.h>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define fi first
typedef pair<int, int> pii;
using P = pair<int, int>;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main()
{
    int n, k;
    cin >> n >> k;
    vector<int> a(n);
    rep(j, n) cin >> a[j];
    // indices whose values decrease from front to back
    deque<int> dq;
    vector<int> answer;
    rep(i, n) {
        while (!dq.empty() && a[dq.back()] <= a[i]) dq.pop_back();
        dq.push_back(i);
        if (dq.front() <= i - k) dq.pop_front();
        if (i >= k - 1) answer.push_back(a[dq.front()]);
    }
    rep(i, (int)answer.size()) {
        if (i) cout << ' ';
        cout << answer[i];
    }
    cout << endl;
    return 0;
}
