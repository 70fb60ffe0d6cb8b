#include<bits/stdc++.h>
using namespace std;

int main()
{
    ios::sync_with_stdio(false);
    cin.tie(NULL);
    string s;
    cin >> s;
    int acc = 0;
    for(size_t i = 0; i < s.size(); i++) {
        acc += s[i] - '0';
    }
    cout << acc << endl;
    return 0;
}