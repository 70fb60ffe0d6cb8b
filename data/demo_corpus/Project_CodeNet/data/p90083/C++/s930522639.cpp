#include <iostream>

int main()
{
    it n;
    std::cin >> n;
    int change = 1000 - n;
    const int coins[6] = {500, 100, 50, 10, 5, 1};
    int c = 0;
    for(int i = 0; i < 6; i++)
    {
        c += change / coins[i];
        change %= coins[i];
    }
    std::cout << c << "\n";
    return 0;
}