// author: u957167484
#include<iostream>
#include<vector>
using namespace std;

#define ll long long
#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define fi first
#define mp make_pair
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }
#define endl '\n'

int main() {
    ios::sync_with_stdio(0);
    int n, m, l;
    cin >> n >> m >> l;
    vector<vector<ll>> A(n, vector<ll>(m)), B(m, vector<ll>(l)), C(n, vector<ll>(l, 0));
    REP(i, n) REP(j, m) {
        cin >> A[i][j];
    }
    REP(i, m) REP(j, l) {
        cin >> B[i][j];
    }
    REP(i, n) {
        REP(j, l) {
            REP(k, m) C[i][j] += A[i][k] * B[k][j];
        }
    }
    REP(i, n) {
        REP(j, l) {
            if (j) cout << ' ';
            cout << C[i][j];
        }
        cout << '\n';
    }
    return 0;
}
