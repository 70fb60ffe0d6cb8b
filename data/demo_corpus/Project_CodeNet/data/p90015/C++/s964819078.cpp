#include<bits/stdc++.h>
using namespace std;

int main(int argc, char* argv[])
{
    int qu;
    scanf("%d", &qu);
    for (int k = 0; k < qu; k++) {
        long long val;
        scanf("%lld", &val);
        int tot = 0;
        for (int i = 0; i < 63; i++) {
            if (val >> i & 1) tot++;
        }
        printf("%d\n", tot);
    }
    return 0;
}