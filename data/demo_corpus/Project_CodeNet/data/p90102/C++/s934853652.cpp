// Train Cars
#include <cstdio>
#include <string>
#include <deque>
#include <vector>

#define ll long long
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define fi first
#define mp make_pair
typedef std::vector<int> vi;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main()
{
    int q;
    scanf("%d", &q);
    std::deque<int> dq;
    while (q--)
    {
        char buf[10];
        scanf("%s", buf);
        std::string op = buf;
        if (op == "front")
        {
            int val;
            scanf("%d", &val);
            dq.push_front(val);
        }
        else if (op == "back")
        {
            int val;
            scanf("%d", &val);
            dq.push_back(val);
        }
        else if (dq.empty())
        {
            continue;
        }
        else if (op == "popfront")
        {
            dq.pop_front();
        }
        else
        {
            dq.pop_back();
        }
    }
    if (dq.empty())
    {
        puts("empty");
        return 0;
    }
    rep(i, (int)dq.size())
    {
        if (i) putchar(' ');
        printf("%d", dq[i]);
    }
    putchar('\n');
    return 0;
}
