// 2021-08-24
#include <bits/stdc++.h>
using namespace std;

int main()
{
    int n;
    cin >> n;
    amp<int, int> diff;
    for (int i = 0; i < n; i++)
    {
        int s, e;
        cin >> s >> e;
        diff[s]++;
        diff[e]--;
    }
    int tmp = 0, best = 0;
    for (auto& kv : diff)
    {
        tmp += kv.second;
        if (best < tmp) best = tmp;
    }
    cout << best << '\n';
}