#include <cstdio>
#include <algorithm>
#include <vector>
using namespace std;

int n, k;
vector<long long> arr;

bool feasible(long long limit)
{
  int parts = 1;
  long long now = 0;
  for (int i = 0; i < n; ++i) {
    if (arr[i] > limit) return false;
    if (now + arr[i] > limit) {
      parts++;
      now = 0;
    }
    now += arr[i];
  }
  return parts <= k;
}

int main()
{
  scanf("%d%d", &n, &k);
  arr.resize(n);
  for (int j = 0; j < n; ++j) scanf("%lld", &arr[j]);
  long long lo = -1, hi = 0;
  for (long long val : arr) hi += val;
  while (hi - lo > 1) {
    long long mid = (lo + hi) / 2;
    if (feasible(mid)) hi = mid;
    else lo = mid;
  }
  printf("%lld\n", hi);
  return 0;
}
