#include <iostream>
#include <vector>
#include <algorithm>
using namespace std;

int main() {
    ios::sync_with_stdio(false); cin.tie(NULL);
    int n;
    cin >> n;
    vector<int> st(n), en(n);
    for(int i = 0; i < n; i++) {
        cin >> st[i] >> en[i];
    }
    sort(st.begin(), st.end());
    sort(en.begin(), en.end());
    int j = 0, ret = 0;
    for(int i = 0; i < n; i++) {
        while(j < n && en[j] <= st[i]) j++;
        if(ret < i + 1 - j) ret = i + 1 - j;
    }
    cout << ret << '\n';
    return 0;
}