// Demo Contest 017 - Vowels
#include <cstdio>
#include <string>
using namespace std;

#define se second
#define mp make_pair
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int main() {
    char buf[200005];
    scanf("%s", buf);
    string s = buf;
    int cnt = 0;
    // y is not a vowel here
    for (char c : s) {
        if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
            cnt++;
        }
    }
    printf("%d\n", cnt);
    return 0;
}
