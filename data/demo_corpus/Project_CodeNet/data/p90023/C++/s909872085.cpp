#include <bits/stdc++.h>

int main()
{
   int n;
   scanf("%d", &n);
   std::vector<std::string> words;
   for (int i = 0; i < n; i++)
   {
      char buf[128];
      scanf("%s", buf);
      std::string w = buf;
      std::reverse(w.begin(), w.end());
      words.push_back(w);
   }
   std::reverse(words.begin(), words.end());
   for (int i = 0; i < n; i++)
   {
      if (i) putchar(' ');
      printf("%s", words[i].c_str());
   }
   printf("\n");
   return 0;
}