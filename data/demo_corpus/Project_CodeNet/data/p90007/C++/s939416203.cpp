#include <cstdio>
#include <vector>
#include <cstring>
#include <algorithm>
using namespace std;

int n, W;
int w[105];
long long v[105];
long long memo[105][10005];
bool done[105][10005];

long long solve_from(int i, int cap)
{
   if(i == n) return 0;
   if(done[i][cap]) return memo[i][cap];
   long long best = solve_from(i + 1, cap);
   if(w[i] <= cap)
   {
      long long take = solve_from(i + 1, cap - w[i]) + v[i];
      if(take > best) best = take;
   }
   done[i][cap] = true;
   return memo[i][cap] = best;
}

int main()
{
   scanf("%d%d", &n, &W);
   for(int i = 0; i < n; i++)
   {
      scanf("%d", &w[i]);
      scanf("%lld", &v[i]);
   }
   printf("%lld\n", solve_from(0, W));
   return 0;
}