// p90094
#include <bits/stdc++.h>

std::map<long long, int> memo;

int steps(long long n)
{
  if(n == 1) return 1;
  auto it = memo.find(n);
  if(it != memo.end()) return it->second;
  int r = 1 + steps(n % 2 == 0 ? n / 2 : 3 * n + 1);
  memo[n] = r;
  return r;
}

int main()
{
  std::ios_base::sync_with_stdio(false); std::cin.tie(0);
  int qu;
  std::cin >> qu;
  for(int i = 0; i < qu; i++)
  {
    long long n;
    std::cin >> n;
    std::cout << steps(n) << std::endl;
  }
  return 0;
}