#include <vector>
#include <iostream>
#include <utility>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define fi first
#define se second
#define mp make_pair
typedef pair<int, int> pii;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }

typedef vector<vector<ll>> Matrix;

Matrix read_matrix(int rows, int cols)
{
    Matrix M(rows, vector<ll>(cols));
    rep(i, rows) rep(j, cols)
    {
        cin >> M[i][j];
    }
    return M;
}

Matrix multiply(const Matrix& A, const Matrix& B)
{
    int n = A.size(), m = B.size(), l = B[0].size();
    Matrix C(n, vector<ll>(l, 0));
    rep(i, n) rep(k, m) rep(j, l) C[i][j] += A[i][k] * B[k][j];
    return C;
}

int main()
{
    ios_base::sync_with_stdio(false);
    int n, m, l;
    cin >> n >> m >> l;
    Matrix A = read_matrix(n, m);
    Matrix B = read_matrix(m, l);
    Matrix C = multiply(A, B);
    for(auto& row : C)
    {
        rep(j, l)
        {
            if(j) cout << ' ';
            cout << row[j];
        }
        cout << "\n"
    }
    return 0;
}