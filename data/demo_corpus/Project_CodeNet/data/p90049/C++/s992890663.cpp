// p90049
#include<bits/stdc++.h>
using std::string;
using std::vector;

#define ll long long
#define all(v) v.begin(), v.end()
#define pb push_back
#define fi first
#define mp make_pair
typedef std::pair<int, int> pii;
typedef std::vector<int> vi;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

struct Student
{
	std::string name;
	int score;
	bool operator<(const Student& o) const
	{
		if (score != o.score) return score > o.score;
		return name < o.name;
	}
};

int main()
{
	int n;
	std::cin >> n;
	std::vector<Student> v;
	for (int i = 0; i < n; i++)
	{
		std::string name;
		std::cin >> name;
		int score;
		std::cin >> score;
		v.push_back({name, score});
	}
	std::sort(all(v));
	for (auto& s : v)
	{
		std::cout << s.name << ' ' << s.score << '\n';
	}
	return 0;
}