#include <cstdio>
#include <vector>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> A(n);
    for (int i = 0; i < n; i++) scanf("%d", &A[i]);
    int cand = -1, votes = 0;
    for (int x : A) {
        if (votes == 0) {
            cand = x;
            votes = 1;
        } else if (x == cand) {
            votes++;
        } else {
            votes--;
        }
    }
    int tot = 0;
    for (int x : A) {
        if (x == cand) tot++;
    }
    printf("%d\n", 2 * tot > n ? cand : -1);
}