// author: u933095834
#include <vector>
#include <iostream>
#include <string>
using namespace std;

#define ll long long
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

int main()
{
   int n;
   cin >> n;
   vector<bool> is_prime(n + 1, true);
   is_prime[0] = false;
   if(n >= 1) is_prime[1] = false;
   for(int i = 2; (ll)i * i <= n; i++) {
      if(!is_prime[i]) continue;
      for(int j = i * i; j <= n; j += i) is_prime[j] = false;
   }
   int counter = 0;
   for(int i = 2; i <= n; i++) {
      if(is_prime[i]) counter++;
   }
   cout << counter << endl;
   return 0;
}