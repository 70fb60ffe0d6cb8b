/*
 * Demo Contest 012 - Matrix Product
 * 2018-01-20
 */
#include <iostream>
#include <vector>
#include <algorithm>

typedef long long ll;

void solve() {
    int n, m, l;
    std::cin >> n >> m >> l;
    std::vector<std::vector<ll>> A(n, std::vector<ll>(m)), B(m, std::vector<ll>(l)), C(n, std::vector<ll>(l, 0));
    for(int i = 0; i < n; i++) for(int j = 0; j < m; j++) {
        std::cin >> A[i][j];
    }
    for(int i = 0; i < m; i++) for(int j = 0; j < l; j++) {
        std::cin >> B[i][j];
    }
    for(int i = 0; i < n; i++) {
        for(int j = 0; j < l; j++) {
            for(int k = 0; k < m; k++) C[i][j] += A[i][k] * B[k][j];
        }
    }
    for(int i = 0; i < n; i++) {
        for(int j = 0; j < l; j++) {
            if(j > 0) std::cout << " ";
            std::cout << C[i][j];
        }
        std::cout << '\n';
    }
}

int main() {
    std::ios_base::sync_with_stdio(false);
    std::cin.tie(NULL);
    solve();
    return 0;
}