#include<bits/stdc++.h>
using namespace std;

typedef long long ll;
#define pb push_back
#define fi first
#define mp make_pair
using P = pair<int, int>;
typedef vector<int> vi;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }
#define endl '\n'

void solve() {
  char buf[200005];
  scanf("%s", buf);
  string s = buf;
  vector<char> stk;
  bool good = true;
  const string open = "([{", close = ")]}";
  for(char c : s) {
    size_t k = open.find(c);
    if(k != string::npos) {
      stk.push_back(close[k]);
    } else if(stk.empty() || stk.back() != c) {
      good = false;
    } else {
      stk.pop_back();
    }
  }
  puts(good && stk.empty() ? "Yes" : "No");
}

int main() {
  solve();
  return 0;
}