#include<bits/stdc++.h>
using namespace std;

using ll = long long;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define pb push_back
#define fi first
typedef pair<int, int> pii;
const long long LINF = 1LL << 60;

int main()
{
    int n;
    scanf("%d", &n);
    vector<int> A(n);
    rep(i2, n) scanf("%d", &A[i2]);
    int i = n - 2;
    while (i >= 0 && A[i] > A[i + 1]) i--;
    if (i < 0)
    {
        printf("none\n");
        return 0;
    }
    int j = n - 1;
    while (A[j] < A[i]) j--;
    swap(A[i], A[j]);
    reverse(A.begin() + i + 1, A.end());
    rep(k, n)
    {
        if (k > 0) printf(" ");
        printf("%d", A[k]);
    }
    putchar('\n');
    return 0;
}
