// author: u946732184
#include <cstdio>
#include <deque>
#include <string>
using namespace std;

void solve() {
    int Q; scanf("%d", &Q);
    deque<int> dq;
    while (Q--) {
        char buf[10];
        scanf("%s", buf);
        string op = buf;
        if (op == "front") {
            int v; scanf("%d", &v);
            dq.push_front(v);
        } else if (op == "back") {
            int v; scanf("%d", &v);
            dq.push_back(v);
        } else if (dq.empty()) {
            continue;
        } else if (op == "popfront") {
            dq.pop_front();
        } else {
            dq.pop_back();
        }
    }
    if (dq.empty()) {
        puts("empty");
        return;
    }
    for (int i = 0; i < (int)dq.size(); ++i) {
        if (i) putchar(' ');
        printf("%d", dq[i]);
    }
    printf("\n");
}

int main() {
    solve();
    return 0;
}
