#include <cstdio>
#include <string>
#include <map>
#include <queue>
using std::string;

void solve()
{
    int q;
    scanf("%d", &q);
    // one first-come-first-served line per priority
    std::map<int, std::queue<std::string>> waiting;
    for (int i = 0; i < q; i++)
    {
        char buf[16];
        scanf("%s", buf);
        std::string cmd = buf;
        if (cmd == "arrive")
        {
            char tmp[16];
            scanf("%s", tmp);
            std::string name = tmp;
            int p;
            scanf("%d", &p);
            waiting[p].push(name);
        }
        else if (waiting.empty())
        {
            printf("none\n");
        }
        else
        {
            auto it = waiting.end();
            --it;
            printf("%s\n", it->second.front().c_str());
            it->second.pop();
            if (it->second.empty()) waiting.erase(it);
        }
    }
}

int main()
{
    solve();
    return 0;
}
