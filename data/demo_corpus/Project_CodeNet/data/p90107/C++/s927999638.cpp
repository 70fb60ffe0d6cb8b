#include<iostream>
#include<string>
#include<set>
using namespace std;

struct FastIO { FastIO() { ios::sync_with_stdio(0); cin.tie(0); } } fastio_;

int main(void) {
    int n; cin >> n;
    set<char> letters;
    while (n--) {
        string w; cin >> w;
        letters.insert(w.begin(), w.end());
    }
    cout << ((letters.size() == 26 ? "Yes" : "No")) << '\n';
}
