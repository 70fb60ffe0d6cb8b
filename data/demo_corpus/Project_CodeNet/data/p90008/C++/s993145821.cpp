// author: u991941981
#include <bits/stdc++.h>
using namespace std;

int main()
{
  int n;
  scanf("%d", &n);
  vector<int> vec(n);
  for(int j = 0; j < n; j++) scanf("%d", &vec[j]);
  const int INF = 1 << 30;
  vector<int> d(0, INF);
  int len = 0;
  for(int i = 0; i < n; i++)
  {
    int lo = 0, hi = len;
    while(lo < hi)
    {
      int mid = (lo + hi) / 2;
      if(d[mid] < vec[i]) lo = mid + 1;
      else hi = mid;
    }
    d[lo] = vec[i];
    if(lo == len) len++;
  }
  printf("%d\n", len);
}