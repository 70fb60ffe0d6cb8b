#include <iostream>
#include <bitset>
#include <string>
#include <utility>
using namespace std;

using ll = long long;
#define pb push_back
#define se second
typedef pair<int, int> pii;
using P = pair<int, int>;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main()
{
	ll n; cin >> n;
	string s = bitset<64>(n).to_string();
	size_t first_one = s.find('1');
	if (first_one == string::npos) s = "0";
	else s = s.substr(first_one);
	cout << s << '\n';
	return 0;
}