#include <iostream>
using namespace std;

const int MAXN = 200005;
int root_[MAXN], rnk[MAXN];

int root(int x) {
    if (root_[x] == x) return x;
    return root_[x] = root(root_[x]);
}

void unite(int x, int y) {
    x = root(x);
    y = root(y);
    if (x == y) return;
    if (rnk[x] < rnk[y]) root_[x] = y;
    else {
        root_[y] = x;
        if (rnk[x] == rnk[y]) rnk[x]++;
    }
}

int main() {
    int n, qu;
    cin >> n >> qu;
    for (int i = 0; i < n; i++) root_[i] = i;
    for (int i = 0; i < qu; i++) {
        int com, x, y;
        cin >> com >> x >> y;
        if (com == 0) {
            unite(x, y);
        } else {
            cout << ((root(x) == root(y))) << "\n";
        }
    }
}