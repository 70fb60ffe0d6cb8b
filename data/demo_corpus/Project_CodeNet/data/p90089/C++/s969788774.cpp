#include <cstdio>
#include <string>
#include <vector>
using namespace std;

int main() {
    int H, W;
    scanf("%d %d", &H, &W);
    vector<string> A(H);
    for (int i = 0; i < H; i++) {
        char buf[105];
        scanf("%s", buf);
        string s = buf;
        A[i] = s;
    }
    vector<string> res(W, string(H, '?'));
    for (int i = 0; i < H; i++) for (int j = 0; j < W; j++) {
        res[j][H - 1 - i] = A[i][j];
    }
    for (auto& line : res) {
        puts(line.c_str());
    }
    return 0;
}
