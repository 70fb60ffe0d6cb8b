// p90050
#include <string>
#include <utility>
#include <vector>
#include <iostream>
using namespace std;

using ll = long long;
#define fi first
#define se second
typedef pair<int, int> pii;
const int INF = 1e9;
const long long LINF = 1LL << 60;
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

int main() {
    ios::sync_with_stdio(0); cin.tie(0);
    string s;
    cin >> s;
    int counter = 0;
    for(char c : s) {
        if(c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') {
            counter++;
        }
    }
    cout << counter << endl;
    return 0;
}
