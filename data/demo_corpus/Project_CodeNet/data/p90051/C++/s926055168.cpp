#include <cstdio>
#include <string>
#include <vector>
#include <utility>
using namespace std;

int main() {
    char buf[200005];
    scanf("%s", buf);
    string s = buf;
    vector<pair<char, int>> runs;
    for (char c : s) {
        if (!runs.empty() && runs.back().first == c) {
            runs.back().second++;
        } else {
            runs.push_back(make_pair(c, 1));
        }
    }
    string enc;
    for (auto& r : runs) {
        enc += r.first;
        enc += to_string(r.second);
    }
    printf("%s\n", enc.c_str());
    return 0;
}