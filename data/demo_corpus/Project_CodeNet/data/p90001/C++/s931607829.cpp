// Demo Contest 001 - Sum of a Sequence
#include <iostream>
#include <vector>

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)

ll total(const std::vector<ll>& A)
{
  ll acc = 0;
  for (ll v : A) {
    acc += v;
  }
  return acc;
}

int main()
{
  int n;
  std::cin >> n;
  std::vector<ll> A(n);
  rep(i, n) std::cin >> A[i];
  ll ret = total(A);
  std::cout << ret << '\n';
}