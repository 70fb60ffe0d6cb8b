// author: u928200262
#include<bits/stdc++.h>
using namespace std;

typedef long long ll;

int main() {
    int n; cin >> n;
    vector<ll> a(n);
    for (auto& x : a) cin >> x;
    vector<ll> memo(n + 1, 0);
    memo[1] = a[0];
    for (int i = 2; i < n + 1; i++) {
        m