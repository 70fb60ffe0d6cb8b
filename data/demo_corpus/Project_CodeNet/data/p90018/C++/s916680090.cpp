#include <iostream>
#include <string>
#include <vector>
using namespace std;

int main()
{
   ios::sync_with_stdio(0);
   cin.tie(NULL);
   string s;
   cin >> s;
   vector<char> S;
   bool ok = true;
   const string open = "([{", close = ")]}";
   for (char c : s)
   {
      size_t k = open.find(c);
      if (k != string::npos)
      {
         S.push_back(close[k]);
      }
      else if (S.empty() || S.back() != c)
      {
         ok = false;
      }
      else
      {
         S.pop_back();
      }
   }
   if (ok && S.empty()) cout << "Yes" << endl;
   else cout << "No" << endl;
}
