#include<bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<string> w(n);
    for (int i = 0; i < n; ++i) {
        string s;
        cin >> s;
        w[i] = s;
    }
    sort(w.begin(), w.end());
    const string& a = w.front();
    const string& b = w.back();
    size_t k = 0;
    while (k < a.size() && k < b.size() && a[k] == b[k]) k++;
    if (k == 0) {
        cout << "none" << '\n';
    } else {
        cout << a.substr(0, k) << '\n';
    }
}
