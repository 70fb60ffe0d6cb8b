#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define fi first
#define se second
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
  int n;
  scanf("%d", &n);
  vector<int> vec(n);
  REP(j, n) scanf("%d", &vec[j]);
  sort(vec.begin(), vec.end());
  bool good = true;
  REP(i, n) {
    if (vec[i] != i + 1) good = false;
  }
  puts(good ? "Yes" : "No");
}