#include<bits/stdc++.h>

signed main() {
  char buf[200005];
  scanf("%s", buf);
  std::string a = buf;
  char tmp[200005];
  scanf("%s", tmp);
  std::string b = tmp;
  if(a.size() != b.size()) {
    puts("No");
    return 0;
  }
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  // equal after sorting means the same letters, the same number of times
  puts(a == b ? "Yes" : "No");
}
