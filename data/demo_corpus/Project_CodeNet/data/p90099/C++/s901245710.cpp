// Minimum Swaps
#include<bits/stdc++.h>
using namespace std;

int main()
{
    int n;
    cin >> n;
    vector<int> A(n + 1);
    for (int i = 1; i < n + 1; i++)
    {
        cin >> A[i];
    }
    int swaps = 0;
    for (int i = 1; i < n + 1; i++)
    {
        // every swap puts at least one value where it belongs
        while (A[i] != i)
        {
            swap(A[i], A[A[i]]);
            swaps++;
        }
    }
    cout << swaps << '\n';
    return 0;
}