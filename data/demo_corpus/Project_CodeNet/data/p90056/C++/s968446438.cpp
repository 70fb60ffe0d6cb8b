// p90056
#include <bits/stdc++.h>
using namespace std;

#define pb push_back
#define fi first
#define se second
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

void solve() {
    int64_t n;
    cin >> n;
    bool first = true;
    auto emit = [&](int64_t p) {
        if(!first) {
            cout << " ";
        }
        first = false;
        cout << p;
    };
    while(n % 2 == 0) {
        emit(2);
        n /= 2;
    }
    for(int64_t p = 3; p * p <= n; p += 2) {
        while(n % p == 0) {
            emit(p);
            n /= p;
        }
    }
    if(n > 1) emit(n);
    cout << "\n";
}

int main() {
    solve();
    return 0;
}
