// 2017-11-02
#include<bits/stdc++.h>
using namespace std;

using ll = long long;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)

typedef vector<vector<ll>> Matrix;

Matrix read_matrix(int rows, int cols) {
    Matrix M(rows, vector<ll>(cols));
    rep(i, rows) rep(j, cols) {
        cin >> M[i][j];
    }
    return M;
}

Matrix multiply(const Matrix& A, const Matrix& B) {
    int n = A.size(), m = B.size(), l = B[0].size();
    Matrix C(n, vector<ll>(l, 0));
    rep(i, n) rep(k, m) rep(j, l) C[i][j] += A[i][k] * B[k][j];
    return C;
}

int main() {
    int n, m, l; cin >> n >> m >> l;
    Matrix A = read_matrix(n, m);
    Matrix B = read_matrix(m, l);
    Matrix C = multiply(A, B);
    for (auto& row : C) {
        rep(j, l) {
            if (j > 0) cout << " ";
            cout << row[j];
        }
        cout << endl;
    }
    return 0;
}
