#include <cstdio>
#include <vector>
#include <string>
#include <cstdlib>
using namespace std;

typedef long long ll;

ll apply_op(char op, ll a, ll b)
{
  if(op == '+') return a + b;
  if(op == '-') return a - b;
  return a * b;
}

int main()
{
  vector<ll> stk;
  char tok[32];
  while(scanf("%s", tok) == 1) {
    if(isdigit(tok[0])) {
      stk.push_back(atoll(tok));
      continue;
    }
    ll b = stk.back();
    stk.pop_back();
    ll a = stk.back();
    stk.pop_back();
    stk.push_back(apply_op(tok[0], a, b));
  }
  printf("%lld\n", stk.back());
  return 0;
}