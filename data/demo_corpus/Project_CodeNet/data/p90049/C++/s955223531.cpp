// Demo Contest 017 - Ranking
#include <bits/stdc++.h>
using namespace std;

struct FastIO { FastIO() { ios::sync_with_stdio(false); cin.tie(0); } } fastio_;

struct Student
{
    string name;
    int score;
    bool operator<(const Student& o) const
    {
        if (score != o.score) return score > o.score;
        return name < o.name;
    }
};

void solve()
{
    int n;
    cin >> n;
    vector<Student> v;
    for (int i = 0; i < n; i++)
    {
        string name;
        cin >> name;
        int score;
        cin >> score;
        v.push_back({name, score});
    }
    sort(v.begin(), v.end());
    for (auto& s : v)
    {
        cout << s.name << " " << s.score << endl;
    }
}

int main()
{
    solve();
    return 0;
}