#include <bits/stdc++.h>
using namespace std;

int main() {
  char buf[200005];
  scanf("%s", buf);
  string s = buf;
  string S;
  for (char c : s) {
    char want = 0;
    if (c == ')') want = '(';
    else if (c == ']') want = '[';
    else if (c == '}') want = '{';
    if (want == 0) {
      S += c;
    } else if (!S.empty() && S.back() == want) {
      S.pop_back();
    } else {
      S += 'x';
      break;
    }
  }
  puts(S.empty() ? "Yes" : "No");
  return 0;
}
