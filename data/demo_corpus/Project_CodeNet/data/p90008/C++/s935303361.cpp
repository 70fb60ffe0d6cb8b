// author: u994699302
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> vec(n);
    for(int i = 0; i < n; i++) scanf("%d", &vec[i]);
    // tails[k]: smallest tail of an increasing subsequence of length k + 1
    vector<int> tails;
    for(int x : vec) {
        auto it = upper_bound(tails.begin(), tails.end(), x);
        if(it == tails.end()) {
            tails.push_back(x);
        }
        else {
            *it = x;
        }
    }
    printf("%d\n", (int)tails.size());
    return 0;
}