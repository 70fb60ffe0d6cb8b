// Roman to Integer
#include<cstdio>
#include<string>
#include<map>
using namespace std;

#define rep(i,n) for(int i=0;i<(n);++i)

void solve() {
    int que; scanf("%d", &que);
    map<char, int> val = {{'I', 1}, {'V', 5}, {'X', 10}, {'L', 50}, {'C', 100}, {'D', 500}, {'M', 1000}};
    rep(k, que) {
        char buf[20];
        scanf("%s", buf);
        string s = buf;
        int total = 0, prev = 0;
        for (int i = (int)s.size() - 1; i >= 0; i--) {
            int v = val[s[i]];
            if (v < prev) {
                total -= v;
            } else {
                total += v;
            }
            prev = v;
        }
        printf("%d\n", total);
    }
}

int main() {
    solve();
    return 0;
}