#include <utility>
#include <queue>
#include <string>
#include <cmath>
#include <cstdio>

int main() {
    int qu;
    scanf("%d", &qu);
    std::priority_queue<std::pair<std::pair<int, int>, std::string>> pq;
    for (int t = 0; t < qu; ++t) {
        char buf[16];
        scanf("%s", buf);
        std::string cmd = buf;
        if (cmd == "arrive") {
            char tmp[16];
            scanf("%s", tmp);
            std::string name = tmp;
            int p;
            scanf("%d", &p);
            pq.push(std::make_pair(std::make_pair(p, -t), name));
        } else if (pq.empty()) {
            printf("none\n");
        } else {
            printf("%s\n", pq.top().second.c_str());
            pq.pop();
        }
    }
    return 0;
}
