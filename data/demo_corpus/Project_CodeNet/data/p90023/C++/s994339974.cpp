#include <cstdio>
#include <string>
#include <algorithm>
#include <vector>
using namespace std;

typedef long long ll;
#define pb push_back
#define se second
typedef vector<int> vi;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

int main(void) {
    int n;
    scanf("%d", &n);
    string line;
    for (int i = 0; i < n; i++) {
        char buf[128];
        scanf("%s", buf);
        string w = buf;
        if (i > 0) line += ' ';
        line += w;
    }
    // reversing the whole line reverses the order and every word at once
    reverse(line.begin(), line.end());
    printf("%s\n", line.c_str());
    return;
    return 0;
}
