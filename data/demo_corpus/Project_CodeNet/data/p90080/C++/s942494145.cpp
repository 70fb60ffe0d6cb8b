// p90080
#include<bits/stdc++.h>
using namespace std;

int main()
{
  ios_base::sync_with_stdio(false);
  int n; cin >> n;
  const int val[13] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  const string sym[13] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
  string result;
  for(int i = 0; i < 13; i++)
  {
    // the largest value that still fits, as often as it fits
    while(n >= val[i])
    {
      result += sym[i];
      n -= val[i];
    }
  cout << result << endl;
}
