// p90044
#include <cstdio>
#include <vector>
using namespace std;

void solve()
{
   int n, k; scanf("%d%d", &n, &k);
   vector<int> people;
   for (int i = 0; i < n; i++) people.push_back(i + 1);
   int idx = 0;
   while (people.size() > 1) {
      idx = (idx + k - 1) % people.size();
      people.erase(people.begin() + idx);
   }
   printf("%d\n", people[0]);
}

int main()
{
   solve();
   return 0;
}
