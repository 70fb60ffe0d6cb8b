// author: u993369252
#include<bits/stdc++.h>
using namespace std;

int main()
{
    ios_base::sync_with_stdio(false); cin.tie(NULL);
    int n, que; cin >> n >> que;
    vector<int> A(n);
    for (int i = 0; i < n; i++) cin >> A[i];
    sort(A.begin(), A.end());
    while (que--) {
        int X; cin >> X;
        int counter = upper_bound(A.begin(), A.end(), X) - A.begin();
        cout << counter << endl;
    }
    return 0;
}