#include<bits/stdc++.h>

typedef long long ll;
#define pb push_back
#define fi first
using P = std::pair<int, int>;
const int INF = 1e9;
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }

int main()
{
    int n;
    scanf("%d", &n);
    int rest = 1000 - n, answer = 0;
    std::vector<int> coins = {500, 100, 50, 10, 5, 1};
    for(int c : coins)
    {
        while(rest >= c)
        {
            rest -= c;
            answer++;
        }
    }
    printf("%d\n", answer);
    return 0;
}
