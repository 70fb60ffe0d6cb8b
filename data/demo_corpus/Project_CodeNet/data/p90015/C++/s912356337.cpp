// 2015-10-22
#include <iostream>
using namespace std;

typedef long long ll;

struct FastIO { FastIO() { ios::sync_with_stdio(false); cin.tie(nullptr); } } fastio_;

int popcount(ll val)
{
    int counter = 0;
    while (val > 0)
    {
        val &= val - 1;
        counter++;
    }
    return counter;
}

int main()
{
    int Q;
    cin >> Q;
    while (Q--)
    {
        ll val;
        cin >> val;
        cout << popcount(val) << e