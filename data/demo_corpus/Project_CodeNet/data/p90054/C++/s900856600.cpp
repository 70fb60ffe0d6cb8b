#include <iostream>
#include <algorithm>
#include <vector>
using namespace std;

int main()
{
  int n;
  cin >> n;
  vector<int> arr(n);
  for(int k = 0; k < n; k++) cin >> arr[k];
  int ans = 0;
  for(int i = 0; i < n; i++)
  {
    for(int j = i + 1; j < n; j++)
    {
      ans = max(ans, arr[j] - arr[i]);
    }
  }
  cout << ans << "\n";
  return 0;
}