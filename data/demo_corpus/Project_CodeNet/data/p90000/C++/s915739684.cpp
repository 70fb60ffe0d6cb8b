#include<cstdint>
#include<iostream>

int64_t add(int64_t x, int64_t y)
{
  return x + y;
}

int main()
{
  std::ios::sync_with_stdio(0); std::cin.tie(nullptr);
  int n; std::cin >> n;
  for(int i = 0; i < n; i++) {
    int64_t a, b; std::cin >> a >> b;
    int64_t s = add(a, b);
    std::cout << (int)s << "\n";
  }
  return 0;
}