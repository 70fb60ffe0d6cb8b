// author: u960911396
#include <cstdio>
#include <string>
#include <vector>
#include <algorithm>
#include <cmath>
using namespace std;

#define REP(i,n) for(int i=0;i<(int)(n);i++)

int main() {
	int n;
	scanf("%d", &n);
	vector<string> words(n);
	REP(i, n) {
		char buf[32];
		scanf("%s", buf);
		string w = buf;
		words[i] = w;
	}
	sort(words.begin(), words.end());
	string best = words[0];
	int maxv = 0;
	int i = 0;
	while(i < n) {
		int j = i;
		while(j < n && words[j] == words[i]) j++;
		if(j - i > maxv) {
			maxv = j - i;
			best = words[i];
		}
		i = j;
	}
	printf("%s %d\n", best.c_str(), maxv);
	return 0;
}