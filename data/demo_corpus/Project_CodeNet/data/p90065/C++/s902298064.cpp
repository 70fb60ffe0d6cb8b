/*
 * Demo Contest 022 - Majority Element
 * 2020-09-20
 */
#include<bits/stdc++.h>

typedef long long ll;
#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define pb push_back
#define mp make_pair
const int INF = 1e9;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main() {
  int n;
  scanf("%d", &n);
  std::vector<int> vec(n);
  REP(i, n) scanf("%d", &vec[i]);
  std::sort(vec.begin(), vec.end());
  // a majority value must cover the middle of the sorted array
  int mid = vec[n / 2];
  int from = std::lower_bound(vec.begin(), vec.end(), mid) - vec.begin();
  int to = std::upper_bound(vec.begin(), vec.end(), mid) - vec.begin();
  printf("%d\n", (to - from) * 2 > n ? mid : -1);
  return 0;
}