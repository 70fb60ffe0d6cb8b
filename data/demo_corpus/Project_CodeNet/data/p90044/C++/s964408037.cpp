/*
 * Demo Contest 015 - Josephus
 * 2019-11-28
 */
#include<utility>
#include<vector>
#include<iostream>
#include<queue>

using ll = long long;
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
#define fi first
#define mp make_pair
typedef std::pair<int, int> pii;
using P = std::pair<int, int>;
typedef std::vector<int> vi;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }

struct FastIO { FastIO() { std::ios_base::sync_with_stdio(false); std::cin.tie(nullptr); } } fastio_;

int main()
{
    int n, k;
    std::cin >> n >> k;
    std::queue<int> que;
    for(int i = 1; i <= n; i++) que.push(i);
    while(que.size() > 1) {
        REP(i, k - 1) {
            que.push(que.front());
            que.pop();
        }
        que.pop();
    }
    std::cout << que.front() << '\n';
    return 0;
}
