// Demo Contest 001 - Sum of a Sequence
#include<bits/stdc++.h>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)

ll total(const vector<ll>& nums)
{
   ll s = 0;
   for(ll x : nums) {
      s += x;
   }
   return s;
}

int main()
{
   ios::sync_with_stdio(0);
   cin.tie(nullptr);
   int n;
   cin >> n;
   vector<ll> nums(n);
   rep(i, n) cin >> nums[i];
   ll ans = total(nums);
   cout << ans << endl;
   return 0;
}
