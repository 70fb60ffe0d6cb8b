#include <cstdio>
#include <string>

int main() {
	char buf[200005];
	scanf("%s", buf);
	std::string s = buf;
	int num = 0;
	for (char c : s) {
		if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
			num++;
		}
	}
	printf("%d\n", num);
	return 0;
}
