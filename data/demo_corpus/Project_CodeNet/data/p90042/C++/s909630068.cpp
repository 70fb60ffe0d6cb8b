#include <cmath>
#include <iostream>
#include <vector>
using namespace std;

const int N = 1005;
long long S[N][N];

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int H, W, Q; cin >> H >> W >> Q;
    for (int i = 1; i <= H; i++) {
        for (int j = 1; j <= W; j++) {
            cin >> S[i][j];
            S[i][j] += S[i - 1][j] + S[i][j - 1] - S[i - 1][j - 1];
        }
    }
    for (int k = 0; k < Q; k++) {
        int a, b, c, d; cin >> a >> b >> c >> d;
        cout << S[c][d] - S[a - 1][d] - S[c][b - 1] + S[a - 1][b - 1] << endl;
    }
    return 0;
}
