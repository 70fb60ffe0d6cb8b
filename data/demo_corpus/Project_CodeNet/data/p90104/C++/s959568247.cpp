// author: u902300553
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define pb push_back
#define fi first
#define mp make_pair
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
  ll x1, y1, x2, y2;
  cin >> x1 >> y1 >> x2 >> y2;
  ll dx = x2 - x1, dy = y2 - y1;
  if 