// p90045
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>
using namespace std;

using ll = long long;
#define pb push_back
#define fi first
typedef pair<int, int> pii;
typedef vector<int> vi;
const long long LINF = 1LL << 60;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};

ll apply_op(char op, ll a, ll b) {
    if (op == '+') return a + b;
    if (op == '-') return a - b;
    return a * b;
}

int main(int argc, char* argv[]) {
    vector<ll> stack_;
    char tok[32];
    while (scanf("%s", tok) == 1) {
        if (isdigit(tok[0])) {
            stack_.push_back(atoll(tok));
            continue;
        }
        ll b = stack_.back();
        stack_.pop_back();
        ll a = stack_.back();
        stack_.pop_back();
        stack_.push_back(apply_op(tok[0], b, a));
    }
    printf("%lld\n", stack_.back());
    return 0;
}