// Demo Contest 008 - Backwards
#include <bits/stdc++.h>
using namespace std;

int main() {
	int n;
	scanf("%d", &n);
	string line;
	for (int i = 0; i < n; i++) {
		char buf[128];
		scanf("%s", buf);
		string w = buf;
		if (i > 0) line += ' ';
		line += w;
	}
	// reversing the whole line reverses the order and every word at once
	reverse(line.begin(), line.end());
	printf("%s\n", line.c_str());
	return 0;
}
