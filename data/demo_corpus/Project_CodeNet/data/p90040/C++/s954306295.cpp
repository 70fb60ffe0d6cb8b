#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    cin >> s;
    set<char> window;
    int n = s.size();
    int answer = 0;
    int l = 0;
    for (int r = 0; r < n; r++) {
        while (window.count(s[r])) {
            window.erase(s[l]);
            l++;
        }
        window.insert(s[r]);
        answer = max(answer, (int)window.size() + 1);
    }
    cout << answer << endl;
    return 0;
}
