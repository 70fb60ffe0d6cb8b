#include <cstdio>
#include <string>
#include <vector>
#include <algorithm>
using namespace std;

#define rep(i, n) for (int i = 0; i < (int)(n); i++)

int main() {
	char buf[200005];
	scanf("%s", buf);
	string s = buf;
	vector<int> last(26, -1);
	int ans = 0, left = 0;
	rep(i, (int)s.size()) {
		int c = s[i] - 'a';
		// jump the left end past the previous copy of this character
		if (last[c] >= left) left = last[c] + 1;
		last[c] = i;
		ans = max(ans, i - left + 1);
	}
	printf("%d\n", ans);
	return 0;
}