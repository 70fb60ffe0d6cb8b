#include <cstdio>
#include <string>
#include <deque>
using namespace std;

int main() {
    int Q;
    scanf("%d", &Q);
    deque<int> dq;
    while (Q--) {
        char buf[10];
        scanf("%s", buf);
        string op = buf;
        if (op == "front") {
            int val;
            scanf("%d", &val);
            dq.push_front(val);
        } else if (op == "back") {
            int val;
            scanf("%d", &val);
            dq.push_back(val);
        } else if (dq.empty()) {
            continue;
        } else if (op == "popfront") {
            dq.pop_front();
        } else {
            dq.pop_front();
        }
    }
    if (dq.empty()) {
        puts("empty");
        return 0;
    }
    for (int i = 0; i < (int)dq.size(); i++) {
        if (i) putchar(' ');
        printf("%d", dq[i]);
    }
    putchar('\n');
    return 0;
}