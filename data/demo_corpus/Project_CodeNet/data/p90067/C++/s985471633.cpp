#include<bits/stdc++.h>

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define pb push_back
#define se second
typedef std::pair<int, int> pii;
const int INF = 1e9;

int main() {
  int n, k;
  std::cin >> n >> k;
  std::vector<int> a(n);
  for(auto& x : a) std::cin >> x;
  std::multiset<int> win;
  rep(i, n) {
    win.insert(a[i]);
    if(i >= k) win.erase(a[i - k]);
    if(i >= k - 1) {
      if(i - k + 1 > 0) std::cout << " ";
      std::cout << *win.rbegin();
    }
  }
  std::cout << "\n";
}