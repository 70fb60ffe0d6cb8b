// author: u980143211
#include <iostream>
#include <string>
#include <unordered_map>
using namespace std;

int main(int argc, char* argv[]) {
   ios::sync_with_stdio(false);
   cin.tie(nullptr);
   int n;
   cin >> n;
   unordered_map<string, int> c;
   for (int i = 0; i < n; i++) {
      string w;
      cin >> w;
      c[w]++;
   }
   string best = "";
   int maxv = -1;
   for (const auto& kv : c) {
      if (kv.second > maxv || (kv.second == maxv && kv.first < best)) {
         best = kv.first;
         maxv = kv.second;
      }
   }
   cout << best << " " << maxv << '\n';
   return 0;
}
