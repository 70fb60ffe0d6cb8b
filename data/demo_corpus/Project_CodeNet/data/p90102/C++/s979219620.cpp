#include <string>
#include <vector>
#include <cstdlib>
#include <iostream>
using namespace std;

typedef long long ll;
#define pb push_back
#define se second
typedef vector<int> vi;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

struct FastIO { FastIO() { ios_base::sync_with_stdio(false); cin.tie(nullptr); } } fastio_;

int buf[400005];

void solve() {
    int que;
    cin >> que;
    int head = 200002, tail = 200002;
    for (int i = 0; i < que; i++) {
        string op;
        cin >> op;
        if (op == "front") {
            cin >> buf[--head];
        } else if (op == "back") {
            cin >> buf[tail++];
        } else if (head < tail) {
            if (op == "popfront") head++;
            else tail--;
        }
    }
    if (head == tail) {
        couut << "empty" << '\n';
    } else {
        for (int i = head; i < tail; i++) {
            if (i - head) cout << ' ';
            cout << buf[i];
        }
        cout << '\n';
    }
}

int main() {
    solve();
    return 0;
}
