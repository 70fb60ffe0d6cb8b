#include<cstdio>
#include<string>
using namespace std;

int stk[200005];
int sp = 0;

int main() {
    int qu; scanf("%d", &qu);
    for (int i = 0; i < qu; i++) {
        char buf[8];
        scanf("%s", buf);
        string cmd = buf;
        if (cmd[0] == 'p' && cmd[1] == 'u') {
            scanf("%d", &stk[sp]);
            sp++;
        } else if (cmd[0] == 'p') {
            if (sp > 0) sp--;
        } else if (sp == 0) {
            puts("empty");
        } else {
            printf("%d\n", stk[sp - 1]);
        }
    }
    return 0;
}