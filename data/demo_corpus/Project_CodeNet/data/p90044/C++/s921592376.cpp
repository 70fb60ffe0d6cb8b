#include <iostream>
#include <vector>
#include <utility>
#include <algorithm>
using namespace std;

#define pb push_back
#define se second
typedef pair<int, int> pii;
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;

int main() {
   ios::sync_with_stdio(0);
   int n, k;
   cin >> n >> k;
   vector<int> people;
   for(int i = 0; i < n; i++) people.push_back(i + 1);
   int idx = 0;
   while(people.size() > 1) {
      idx = (idx + k - 1) % people.size();
      people.erase(people.begin() + idx);
   }
   cout << people[0] << '\n';
   return 0;
}