// author: u981582233
#include <iostream>
#include <vector>
using namespace std;

#define ll long long
#define rep(i,n) for(int i=0;i<(n);++i)
template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }

int main()
{
    int n;
    cin >> n;
    vector<int> A(n), pos(n + 1);
    rep(i, n)
    {
        cin >> A[i];
        pos[A[i]] = i;
    }
    int counter = 0;
    rep(i, n)
    {
        if (A[i] == i + 1) continue;
        int j = pos[i + 1];
        pos[A[i]] = j;
        A[j] = A[i];
        A[i] = i + 1;
        pos[i + 1] = i;
        counter++;
    }
    cout << counter << '\n';
    return 0;
}