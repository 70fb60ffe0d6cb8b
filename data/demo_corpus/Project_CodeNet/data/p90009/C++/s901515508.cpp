// author: u993662195
#include <vector>
#include <string>
#include <cstdio>
#include <algorithm>
using namespace std;

int main() {
  char buf[3005];
  scanf("%s", buf);
  string s = buf;
  char tmp[3005];
  scanf("%s", tmp);
  string t = tmp;
  i