// p90008
#include<bits/stdc++.h>
using namespace std;

int main()
{
    int n;
    cin >> n;
    vector<int> v(n);
    for(auto& x : v) cin >> x;
    const int INF = 1 << 30;
    vector<int> d(n + 1, INF);
    int len = 0;
    for(int i = 0; i < n; i++)
    {
        int lo = 0, hi = len;
        while(lo < hi)
        {
            int mid = (lo + hi) / 2;
            if(d[mid] < v[i]) lo = mid + 1;
            else hi = mid;
        }
        d[lo] = v[i];
        if(lo == len) len++;
    }
    cout << len << "\n";
    return 0;
}