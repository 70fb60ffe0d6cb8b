#include<bits/stdc++.h>
using namespace std;

struct FastIO { FastIO() { ios::sync_with_stdio(0); cin.tie(0); } } fastio_;

int main() {
   int n;
   cin >> n;
   set<int> s;
   int mx = 0;
   for (int i = 0; i < n; ++i) {
      int val;
      cin >> val;
      s.insert(val);
      if (mx < val) mx = val;
   }
   if ((int)s.size() == n && mx == n) cout << "Yes" << endl;
   else cout << "No" << endl;
}