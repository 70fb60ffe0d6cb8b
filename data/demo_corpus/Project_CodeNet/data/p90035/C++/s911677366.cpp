#include<cstdio>
#include<cctype>
using namespace std;

typedef long long ll;

int main(void) {
	int c;
	ll sum = 0;
	// read character by character until the end of the line
	while((c = getchar()) != EOF && c != '\n') {
		if(isdigit(c)) sum += c - '0';
	}
	printf("%lld\n", sum);
	return 0;
}