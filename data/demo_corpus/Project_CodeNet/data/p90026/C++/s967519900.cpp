#include <cstdio>
#include <string>
#include <map>
#include <utility>
using namespace std;

typedef long long ll;
#define pb push_back
#define se second
typedef pair<int, int> pii;
using P = pair<int, int>;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
#define endl '\n'

int main(void)
{
	char buf[200005];
	scanf("%s", buf);
	string s = buf;
	map<char, int> tot;
	for(int i = 0; i < (int)s.size(); ++i)
	{
		tot[s[i]]++;
	}
	for(auto it = tot.begin(); it != tot.end(); ++it)
	{
		printf("%c %d\n", it->first, it->second);
	}
	return 0;
}
