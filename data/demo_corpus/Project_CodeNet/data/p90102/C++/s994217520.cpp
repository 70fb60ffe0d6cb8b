// Train Cars
#include<bits/stdc++.h>
using namespace std;

typedef long long ll;
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)
#define fi first
#define mp make_pair
typedef pair<int, int> pii;
typedef vector<int> vi;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

int buf[400005];

int main() {
    ios::sync_with_stdio(false); cin.tie(NULL);
    int q; cin >> q;
    // start in the middle so that the train can grow both ways
    int head = 200002, tail = 200002;
    REP(i, q) {
        string op; cin >> op;
        if(op == "front") {
            cin >> buf[--head];
        } else if(op == "back") {
            cin >> buf[tail++];
        } else if(head < tail) {
            if(op == "popfront") head++;
            else tail--;
        }
    }
    if(head == tail) {
        cout << "empty" << endl;
    } else {
        FOR(i, head, tail) {
            if(i - head) cout << ' ';
            cout << buf[i];
        }
        cout << endl;
    }
    return 0;
}
