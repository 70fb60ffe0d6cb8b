// Demo Contest 017 - Ranking
#include <cstdio>
#include <algorithm>
#include <vector>
#include <string>
#include <utility>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<pair<int, string>> v(n);
    for (int i = 0; i < n; i++) {
        char buf[16];
        scanf("%s", buf);
        string name = buf;
        int score;
        scanf("%d", &score);
        // negate the score so that plain pair ordering gives the ranking
        v[i] = make_pair(-score, name);
    }
    sort(v.begin(), v.end());
    for (int i = 0; i < n; i++) {
        printf("%s %d\n", v[i].second.c_str(), -v[i].first);
    }
}