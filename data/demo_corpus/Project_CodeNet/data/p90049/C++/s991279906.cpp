#include<iostream>
#include<string>
#include<vector>
#include<algorithm>
#include<utility>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define pb push_back
#define fi first
#define mp make_pair
typedef pair<int, int> pii;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

struct FastIO { FastIO() { ios::sync_with_stdio(false); cin.tie(0); } } fastio_;

struct Student
{
	string name;
	int score;
	bool operator<(const Student& o) const {
		if (score != o.score) return score > o.score;
		return name < o.name;
	}
};

int main()
{
	int n; cin >> n;
	vector<Student> v;
	rep(i, n) {
		string name; cin >> name;
		int score; cin >> score;
		v.push_back({name, score});
	}
	sort(v.begin(), v.end());
	for (auto& s : v) {
		cout << s.name << " " << s.score << '\n';
	}
	return 0;
}
