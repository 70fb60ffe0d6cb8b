#include<cstdio>
#include<string>
#include<stack>
#include<algorithm>

int main() {
  int n;
  scanf("%d", &n);
  std::stack<char> stack_;
  for (int i = 0; i < n; i++) {
    char buf[128];
    scanf("%s", buf);
    std::string w = buf;
    if (i > 0) stack_.push(' ');
    for (char c : w) stack_.push(c);
  }
  std::string out;
  while (!stack_.empty()) {
    out.push_back(stack_.top());
    stack_.pop();
  }
  printf("%s\n", out.c_str());
  return 0;
}
