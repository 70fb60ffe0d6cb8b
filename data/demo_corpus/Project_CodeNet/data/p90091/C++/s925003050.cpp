#include <bits/stdc++.h>
using namespace std;

int main() {
    string b;
    for(int i = 0; i < 3; ++i) {
        char buf[8];
        scanf("%s", buf);
        string row = buf;
        b += row;
    }
    const int lines[8][3] = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}};
    string winner = "draw";
    for(auto& ln : lines) {
        if(b[ln[0]] != '.' && b[ln[0]] == b[ln[1]] && b[ln[1]] == b[ln[2]]) {
            winner = string(1, b[ln[0]]);
        }
    }
    printf("%s\n", winner.c_str());
    return 0;
}
