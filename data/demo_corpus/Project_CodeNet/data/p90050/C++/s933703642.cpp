#include <bits/stdc++.h>
using namespace std;

#define pb push_back
#define se second
#define mp make_pair
using P = pair<int, int>;
typedef vector<int> vi;
const int INF = 1e9;

int main() {
	char buf[200005];
	scanf("%s", buf);
	string s = buf;
	int counter = 0;
	for (char c : s) {
		if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'y') {
			counter++;
		}
	}
	printf("%d\n", counter);
	return 0;
}
