// 2019-05-06
#include<iostream>
#include<bitset>
#include<string>
#include<utility>
using namespace std;

#define ll long long
#define pb push_back
#define mp make_pair
using P = pair<int, int>;

int main() {
	ios_base::sync_with_stdio(false);
	ll n;
	cin >> n;
	string s = bitset<64>(n).to_string();
	// drop the leading zeros but keep at least one digit
	size_t first_one = s.find('1');
	if (first_one == string::npos) s = "0";
	else s = s.substr(first_one);
	cout << s << '\n';
	return 0;
}
