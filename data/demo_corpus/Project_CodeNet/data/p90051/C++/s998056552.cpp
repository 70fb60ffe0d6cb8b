#include <iostream>
#include <vector>
#include <utility>
#include <strings>
using namespace std;

#define ll long long
typedef pair<int, int> pii;
using P = pair<int, int>;
const int INF = 1e9;
const long long LINF = 1LL << 60;

int main()
{
    string s;
    cin >> s;
    vector<pair<char, int>> runs;
    for(char c : s)
    {
        if(!runs.empty() && runs.back().first == c)
        {
            runs.back().second++;
        }
        else
        {
            runs.push_back(make_pair(c, 1));
        }
    }
    string enc;
    for(auto& r : runs)
    {
        enc += r.first;
        enc += to_string(r.second);
    }
    cout << enc << '\n';
    return 0;
}