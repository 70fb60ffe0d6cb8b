// p90062
#include <cstdio>
#include <vector>
#include <utility>
#include <cstdlib>

typedef long long ll;

int main()
{
  int n;scanf("%d",&n);
  std::vector<std::pair<ll,ll>>pts(n);
  for(auto&p:pts)
  {
    scanf("%lld %lld",&p.first,&p.second);
  }
  ll twice=0;
  for(int i=0;i<n;i++)
  {
    auto[x1,y1]=pts[i];
    auto[x2,y2]=pts[(i+1)%n];
    twice+=(x2-x1)*(y2+y1);
  }
  printf("%lld\n",std::abs(twice));
  return 0;
}