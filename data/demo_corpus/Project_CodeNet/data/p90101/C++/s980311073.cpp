#include<cstdio>
#include<string>
#include<queue>
#include<utility>
#include<vector>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define se second
typedef pair<int, int> pii;
typedef vector<int> vi;
const int INF = 1e9;
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }
#define endl '\n'

int main() {
    int q; scanf("%d", &q);
    priority_queue<pair<pair<int, int>, string>> pq;
    rep(t, q) {
        char buf[16];
        scanf("%s", buf);
        string cmd = buf;
        if(cmd == "arrive") {
            char tmp[16];
            scanf("%s", tmp);
            string name = tmp;
            int p; scanf("%d", &p);
            pq.push(make_pair(make_pair(p, t), name));
        } else if(pq.empty()) {
            printf("none\n");
        } else {
            printf("%s\n", pq.top().second.c_str());
            pq.pop();
        }
    }
    return 0;
}
