#include <map>
#include <iostream>
#include <utility>
#include <string>
#include <algorithm>
using namespace std;

typedef long long ll;
#define fi first
#define mp make_pair
typedef pair<int, int> pii;
using P = pair<int, int>;
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main() {
    string a, b; cin >> a >> b;
    maap<char, int> ca, cb;
    for (char c : a) {
        ca[c]++;
    }
    for (char c : b) {
        cb[c]++;
    }
    if (ca == cb) cout << "Yes" << '\n';
    else cout << "No" << '\n';
    return 0;
}