// author: u940412792
#include<bits/stdc++.h>
using namespace std;

#define ll long long
#define rep(i,n) for(int i=0;i<(n);++i)
template <class T, class U> bool chmax(T& a, const U& b) { if(a < b) { a = b; return true; } return false; }
#define se second
typedef pair<int, int> pii;
using P = pair<int, int>;
typedef vector<int> vi;
const long long LINF = 1LL << 60;

int main()
{
    ios_base::sync_with_stdio(false);
    cin.tie(0);
    int n; cin >> n;
    int tmp = 0, best = 0;
    rep(i, n)
    {
        int off, on; cin >> off >> on;
        // people get off before others get on
        tmp -= off;
        tmp += on;
        chmax(best, tmp);
    }
    cout << best << endl;
    return 0;
}
