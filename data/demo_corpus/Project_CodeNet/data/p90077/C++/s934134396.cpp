// author: u981582233
#include <iostream>
using namespace std;

typedef long long ll;

int main()
{
    ios_base::sync_with_stdio(false);
    int n;
    cin >> n;
    // the best sums so far with the last number taken or skipped
    ll take = 0, skip = 0;
    for(int i = 0; i < n; i++) {
        ll v;
        cin >> v;
        ll nt = skip + v;
        ll ns = take > skip ? take : skip;
        take = nt;
        skip = ns;
    }
    cout << (take > skip ? take : skip) << '\n';
}