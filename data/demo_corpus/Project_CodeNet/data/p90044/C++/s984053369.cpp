// p90044
#include<bits/stdc++.h>
using namespace std;

int main(int argc, char* argv[]) {
   int n, k;
   scanf("%d %d", &n, &k);
   vector<int> people;
   for (int i = 0; i < n; i++) people.push_back(i + 1);
   int idx = 0;
   while (people.size() > 1) {
      idx = (idx + k - 1) % people.size();
      people.erase(people.begin() + idx);
   }
   printf("%d\n", people[0]);
   return 0;
}
