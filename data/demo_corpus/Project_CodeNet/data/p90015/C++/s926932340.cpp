#include<bits/stdc++.h>
using namespace std;

#define ll long long
#define rep(i,n) for(int i=0;i<(n);++i)
typedef pair<int, int> pii;
const int INF = 1e9;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main(void)
{
	int que;
	cin >> que;
	rep(k, que) {
		ll val;
		cin >> val;
		int tot = 0;
		rep(i, 63) {
			if (val >> i & 1) tot++;
		}
		cout << tot << endl;
	}
	return 0;
}
