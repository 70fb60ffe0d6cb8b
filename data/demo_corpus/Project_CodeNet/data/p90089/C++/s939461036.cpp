#include <iostream>
#include <string>
#include <vector>
using namespace std;

#define rep(i, n) for (int i = 0; i < (int)(n); i++)

struct FastIO { FastIO() { ios::sync_with_stdio(0); cin.tie(NULL); } } fastio_;

int main()
{
	int H, W; cin >> H >> W;
	vector<string> nums(H);
	rep(i, H)
	{
		string s; cin >> s;
		nums[i] = s;
	}
	vector<string> res(W, string(H, '?'));
	rep(i, H) rep(j, W)
	{
		res[j][H - 1 - i] = nums[i][j];
	}
	for(auto& line : res)
	{
		cout << line << '\n';
	}
}
