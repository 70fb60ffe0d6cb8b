#include<bits/stdc++.h>
using namespace std;

typedef long long ll;
#define pb push_back
#define mp make_pair
typedef pair<int, int> pii;
typedef vector<int> vi;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main()
{
	string s;
	cin >> s;
	int x = 0, y = 0;
	for (char c : s)
	{
		switch (c)
		{
		case 'U':
			y++;
			break;
		case 'D':
			y--;
			break;
		case 'L':
			x--;
			break;
		case 'R':
			x++;
			break;
		}
	}
	cout << x << ' ' << y << endl;
	return 0;
}