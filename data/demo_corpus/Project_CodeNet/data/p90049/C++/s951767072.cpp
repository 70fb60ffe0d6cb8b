// Demo Contest 017 - Ranking
#include <iostream>
#include <string>
#include <vector>
#include <algorithm>
#include <utility>
using std::cin;
using std::string;
using std::vector;

typedef long long LL;
#define all(x) (x).begin(),(x).end()
#define pb push_back
#define se second
typedef std::pair<int, int> pii;
using P = std::pair<int, int>;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
  std::ios::sync_with_stdio(0); std::cin.tie(0);
  int n;
  std::cin >> n;
  std::vector<std::string> names(n);
  std::vector<int> score(n), order(n);
  for (int i = 0; i < n; i++) {
    std::string nm;
    std::cin >> nm;
    names[i] = nm;
    std::cin >> score[i];
    order[i] = i;
  }
  sort(all(order), [&](int a, int b) {
    if (score[a] != score[b]) return score[a] > score[b];
    return names[a] < names[b];
  });
  for (int i : order) {
    std::cout << names[i] << " " << score[i] << std::endl;
  }
  return 0;
}
