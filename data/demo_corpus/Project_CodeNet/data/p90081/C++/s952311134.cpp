#include<cstdio>
#include<string>
#include<utility>
#include<vector>
using namespace std;

#define se second
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int value(char c) {
  switch (c) {
  case 'I': return 1;
  case 'V': return 5;
  case 'X': return 10;
  case 'L': return 50;
  case 'C': return 100;
  case 'D': return 500;
  default: return 1000;
  }
}

int main() {
  int Q;
  scanf("%d", &Q);
  while (Q--) {
    char buf[20];
    scanf("%s", buf);
    string s = buf;
    int res = 0;
    for (int i = 0; i < (int)s.size(); i++) {
      int v = value(s[i]);
      if (i + 1 < (int)s.size() && v < value(s[i + 1])) {
        res -= v;
      } else {
        res += v;
      }
    }
    printf("%d\n", res);
  }
  return 0;
}
