#include <cstdio>
#include <string>
#include <vector>
#include <algorithm>
using namespace std;

int main() {
    char buf[3005];
    scanf("%s", buf);
    string s = buf;
    char tmp[3005];
    scanf("%s", tmp);
    string t = tmp;
    int m = t.size();
    vector<int> prev_row(m + 1, 0), cur(m + 1, 0);
    for(char ch : s) {
        for(int j = 0; j < m; j++) {
            if(ch == t[j]) cur[j + 1] = prev_row[j] + 1;
            else cur[j + 1] = max(prev_row[j + 1], cur[j]);
        }
        swap(prev_row, cur);
    }
    printf("%d\n", prev_row[m]);
    return 0;
}