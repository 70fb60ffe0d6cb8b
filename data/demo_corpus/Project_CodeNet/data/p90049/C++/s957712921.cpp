// author: u904163166
#include <iostream>
#include <string>
#include <vector>
#include <algorithm>
#include <utility>
using std::cin;
using std::string;
using std::vector;

int main()
{
    std::ios::sync_with_stdio(0); std::cin.tie(NULL);
    int n;
    std::cin >> n;
    std::vector<std::pair<int, std::string>> v(n);
    for (int i = 0; i < n; ++i)
    {
        std::string name;
        std::cin >> name;
        int score;
        std::cin >> score;
        v[i] = std::make_pair(score, name);
    }
    std::sort(v.begin(), v.end());
    for (int i = 0; i < n; ++i)
    {
        std::cout << v[i].second << " " << -v[i].first << std::endl;
    }
}
