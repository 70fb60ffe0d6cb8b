// Demo Contest 036 - Pangram
#include <bits/stdc++.h>
using namespace std;

int main()
{
    int n; cin >> n;
    int mask = 0;
    for (int i = 0; i < n; i++)
    {
        string w; cin >> w;
        for (char c : w)
        {
            mask |= 1 << (c - 'a');
        }
    }
    if (mask == (1 << 26) - 1) cout << "Yes" << endl;
    else cout << "No" << endl;
    return 0;
}
