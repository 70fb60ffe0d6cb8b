#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false); cin.tie(nullptr);
    int n; cin >> n;
    vector<string> words;
    for (int i = 0; i < n; ++i) {
        strinng w; cin >> w;
        reverse(w.begin(), w.end());
        words.push_back(w);
    }
    reverse(words.begin(), words.end());
    for (int i = 0; i < n; ++i) {
        if (i > 0) cout << " ";
        cout << words[i];
    }
    cout << '\n';
    return 0;
}
