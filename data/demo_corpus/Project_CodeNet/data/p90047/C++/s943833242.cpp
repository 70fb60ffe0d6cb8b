// Demo Contest 016 - Binary
#include <string>
#include <algorithm>
#include <vector>
#include <cmath>
#include <utility>
#include <cstdio>
#include <cstdlib>
using namespace std;

#define se second
#define mp make_pair
typedef pair<int, int> pii;
typedef vector<int> vi;
const int INF = 1e9;

int main() {
	long long n; scanf("%lld", &n);
	string bits;
	if(n == 0) bits = "0";
	while(n > 0) {
		bits += char('0' + n % 2);
		n /= 2;
	}
	reverse(bits.begin(), bits.end());
	printf("%s\n", bits.c_str());
}