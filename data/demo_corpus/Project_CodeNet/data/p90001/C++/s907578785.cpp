// Demo Contest 001 - Sum of a Sequence
#include<bits/stdc++.h>

typedef long long ll;
#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define pb push_back
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

ll total(const std::vector<ll>& a) {
    ll sum = 0;
    for (ll x : a) {
        sum += x;
    }
    return sum;
}

int main() {
    std::ios::sync_with_stdio(0);
    std::cin.tie(0);
    int n; std::cin >> n;
    std::vector<ll> a(n);
    REP(i, n) std::cin >> a[i];
    ll ret = total(a);
    std::cout << ret << std::endl;
    return 0;
}