// p90083
#include <iostream>
#include <cmath>
using namespace std;

int main()
{
    ios::sync_with_stdio(0);
    int n;
    cin >> n;
    int change = 1000 - n;
    const int coins[6] = {500, 100, 50, 10, 5, 1};
    int cnt = 0;
    // each coin divides the next larger one, so taking the largest first is optimal
    for(int i = 0; i < 6; i++) {
        cnt += change / coins[i];
        change %= coins[i];
    }
    cout << cnt << '\n';
    return 0;
}
