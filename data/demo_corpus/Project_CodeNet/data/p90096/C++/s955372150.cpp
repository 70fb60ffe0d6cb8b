#include <iostream>
#include <vector>
#include <algorithm>
#include <numeric>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<int> p(n);
    iota(p.begin(), p.end(), 0);
    int num = 0;
    // queen i stands in row i, column p[i]: only the diagonals need checking
    do {
        bool ok = true;
        for (int i = 0; i < n && ok; i++) {
            for (int j = i + 1; j < n; j++) {
                if (j - i == p[j] - p[i] || j - i == p[i] - p[j]) {
                    ok = false;
                    break;
                }
            }
        }
        if (ok) num++;
    } while (next_permutation(p.begin(), p.end()));
    cout << num << endl;
    return 0;
}
