#include<algorithm>
#include<iostream>
#include<string>
#include<vector>
using namespace std;

#define fi first
typedef vector<int> vi;
const int INF = 1e9;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

struct FastIO { FastIO() { ios_base::sync_with_stdio(false); cin.tie(NULL); } } fastio_;

int main() {
    int n; cin >> n;
    vector<string> names(n);
    vector<int> score(n), order(n);
    for (int i = 0; i < n; i++) {
        string nm; cin >> nm;
        names[i] = nm;
        cin >> score[i];
        order[i] = i;
    }
    sort(order.begin(), order.end(), [&](int a, int b) {
        if (score[a] != score[b]) return score[a] > score[b];
        return names[a] < names[b];
    });
    for (int i : order) {
        cout << names[i] << " " << score[i] << endl;
    }
    return 0;
}
