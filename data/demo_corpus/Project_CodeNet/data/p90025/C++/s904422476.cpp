// Demo Contest 009 - Maximum Subarray
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;

int main()
{
   ios::sync_with_stdio(0);
   cin.tie(nullptr);
   int n;
   cin >> n;
   vector<ll> a(n);
   for (auto& x : 