#include<iostream>
#include<string>
#include<cstdint>
using namespace std;

void solve() {
   int64_t k;
   cin >> k;
   string s;
   cin >> s;
   string alphabet = "abcdefghijklmnopqrstuvwxyz";
   string table;
   for (int i = 0; i < 26; i++) {
      table += alphabet[(i + k % 26) % 26];
   }
   string res;
   for (char c : s) res += table[c - 'a'];
   cout << res << endl;
}

int main() {
   ios_base::sync_with_stdio(false);
   solve();
   return 0;
}