// p90049
#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>
using namespace std;

#define ll long long
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define all(v) v.begin(), v.end()
#define fi first
#define se second
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

int main(void)
{
    int n; scanf("%d", &n);
    vector<string> names(n);
    vector<int> score(n), order(n);
    rep(i, n)
    {
        char buf[16];
        scanf("%s", buf);
        string nm = buf;
        names[i] = nm;
        scanf("%d", &score[i]);
        order[i] = i;
    }
    sort(all(order), [&](int a, int b) {
        if(score[a] != score[b]) return score[a] > score[b];
        return names[a] < names[b];
    });
    for(int i : order)
    {
        printf("%s %d\n", names[i].c_str(), score[i]);
    }
    return 0;
}
