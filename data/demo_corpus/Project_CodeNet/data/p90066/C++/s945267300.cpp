#include <bits/stdc++.h>
using namespace std;

int main() {
    int Q;
    scanf("%d", &Q);
    stack<int> S;
    while (Q--) {
        char buf[8];
        scanf("%s", buf);
        string cmd = buf;
        if (cmd == "push") {
            int v;
            scanf("%d", &v);
            S.push(v);
        }
        else if (cmd == "pop") {
            if (!S.empty()) S.pop();
        }
        else if (S.empty()) {
            puts("empty");
        }
        else {
            printf("%d\n", S.top());
        }
    }
    return 0;
}
