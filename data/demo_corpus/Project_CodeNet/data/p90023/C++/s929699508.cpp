// p90023
#include<bits/stdc++.h>

int main() {
	int n;
	scanf("%d", &n);
	std::string line;
	for (int i = 0; i < n; i++) {
		char buf[128];
		scanf("%s", buf);
		std::string w = buf;
		if (i > 0) line += ' ';
		line += w;
	}
	std::reverse(line.begin(), line.end());
	puts(line.c_str());
	return 0;
}
