#include <iostream>
#include <vector>
#include <algorithm>
#include <utility>

#define ll long long
#define rep(i,n) for(int i=0;i<(n);++i)
#define all(x) (x).begin(), (x).end()
#define fi first
#define se second
typedef std::pair<int, int> pii;
typedef std::vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int main()
{
  int n;
  std::cin >> n;
  std::vector<int> off(n), on(n);
  rep(i, n)
  {
    std::cin >> off[i] >> on[i];
  }
  std::vector<int> load(n + 1, 0);
  rep(i, n)
  {
    load[i + 1] = load[i] - off[i] + on[i];
  }
  std::cout << *std::max_element(all(load)) << std::endl;
  return 0;
}
