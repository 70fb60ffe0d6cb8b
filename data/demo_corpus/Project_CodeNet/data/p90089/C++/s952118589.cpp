#include<bits/stdc++.h>
using namespace std;

char c[105][105];

int main() {
    int H, W;
    cin >> H >> W;
    for (int i = 0; i < H; i++) {
        string s;
        cin >> s;
        for (int j = 0; j < W; j++) c[i][j] = s[j];
    for (int j = 0; j < W; j++) {
        for (int k = 0; k < H; k++) {
            cout << c[H - 1 - k][j];
        }
        cout << '\n';
    }
}