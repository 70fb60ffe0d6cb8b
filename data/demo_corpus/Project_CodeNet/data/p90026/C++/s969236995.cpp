// p90026
#include<bits/stdc++.h>
using namespace std;

int main(void)
{
    string s;
    cin >> s;
    sort(s.begin(), s.end());
    int n = s.size();
    for (int i = 0; i < n;)
    {
        int j = i;
        while (j < n && s[j] == s[i]) j++;
        cout << s[i] << " " << j - i << '\n';
        i = j;
    }
}