#include <cstdio>
#include <string>
using namespace std;

int main()
{
   int n;
   scanf("%d", &n);
   char buf[105];
   scanf("%s", buf);
   string ps = buf;
   for (int i = 0; i < n - 1; ++i) {
      char tmp[105];
      scanf("%s", tmp);
      string w = tmp;
      size_t k = 0;
      while (k < ps.size() && k < w.size() && ps[k] == w[k]) k++;
      ps = ps.substr(0, k + 1);
   }
   if (ps.empty()) {
      puts("none");
   } else {
      puts(ps.c_str());
   }
   return 0;
}