#include <iostream>
using namespace std;

typedef long long ll;

int main()
{
    ios_base::sync_with_stdio(false);
    cin.tie(NULL);
    int n; cin >> n;
    ll take = 0, skip = 0;
    for(int i = 0; i < n; i++)
    {
        ll x; cin >> x;
        ll nt = skip + x;
        ll ns = take > skip ? take : skip;
        take = nt;
        skip = ns;
    }
    cout << (take > skip ? take : skip) << '\n';
}