#include <iostream>
#include <algorithm>
#include <vector>
#include <stack>
#include <utility>
using namespace std;

using ll = long long;
#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define pb push_back
#define fi first
#define mp make_pair
typedef pair<int, int> pii;
using P = pair<int, int>;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

int main()
{
    ios::sync_with_stdio(0); cin.tie(0);
    int n;
    cin >> n;
    vector<ll> h(n + 1, 0);
    REP(i, n)
    {
        cin >> h[i];
    }
    stack<int> stack_;
    ll best = 0;
    REP(i, n + 1)
    {
        while(!stack_.empty() && h[stack_.top()] >= h[i])
        {
            ll height = h[stack_.top()];
            stack_.pop();
            int from = stack_.empty() ? -1 : stack_.top();
            best = max(best, height * (i - from - 1));
        }
        stack_.push(i);
    }
    cout << best << '\n';
}
