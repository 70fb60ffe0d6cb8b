#include<iostream>
#include<map>
#include<utility>

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define fi first
#define mp make_pair
using P = std::pair<int, int>;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }

std::map<ll, int> memo;

int steps(ll n) {
   if(n == 1) return 0;
   auto it = memo.find(n);
   if(it != memo.end()) return it->second;
   int r = 1 + steps(n % 2 == 0 ? n / 2 : 3 * n + 1);
   memo[n] = r;
   return r;
}

int main() {
   std::ios::sync_with_stdio(false);
   std::cin.tie(nullptr);
   int qu; std::cin >> qu;
   rep(i, qu) {
      ll n; std::cin >> n;
      std::cout << steps(n) << std::endl;
   }
   return 0;
}
