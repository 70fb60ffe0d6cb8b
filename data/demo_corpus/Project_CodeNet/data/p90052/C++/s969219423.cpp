#include<bits/stdc++.h>
using namespace std;

using ll = long long;
#define all(v) v.begin(), v.end()
#define pb push_back
#define fi first
#define mp make_pair
typedef pair<int, int> pii;
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int main()
{
	char buf[200005];
	scanf("%s", buf);
	string a = buf;
	char tmp[200005];
	scanf("%s", tmp);
	string b = tmp;
	if (a.size() != b.size()) {
		puts("No");
		return 0;
	}
	sort(all(a));
	sort(all(b));
	// equal after sorting means the same letters, the same number of times
	if (a == b) puts("Yes");
	else puts("No");
}
