#include<bits/stdc++.h>
using namespace std;

int main() {
    int n, m, l; scanf("%d %d %d", &n, &m, &l);
    vector<vector<long long>> A(n, vector<long long>(m)), B(m, vector<long long>(l)), C(n, vector<long long>(l, 0));
    for (int i = 0; i < n; ++i) for (int j = 0; j < m; ++j) {
        scanf("%lld", &A[i][j]);
    }
    for (int i = 0; i < m; ++i) for (int j = 0; j < l; ++j) {
        scanf("%lld", &B[i][j]);
    }
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < l; ++j) {
            for (int k = 0; k < m; ++k) C[i][j] += A[i][k] * B[k][j];
        }
    }
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < l; ++j) {
            if (j > 0) printf(" ");
            printf("%lld", C[i][j]);
        }
        printf("\n");
    }
    return 0;
}
