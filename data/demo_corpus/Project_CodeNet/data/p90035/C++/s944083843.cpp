// Demo Contest 012 - Digit Sum
#include<bits/stdc++.h>
using namespace std;

using ll = long long;
#define pb push_back
#define mp make_pair
typedef vector<int> vi;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
    int c;
    ll total = 0;
    while ((c = getchar()) != EOF && c != '\n') {
        if (isdigit(c)) total += c - '0';
    }
    printf("%lld\n", total);
}