#include<bits/stdc++.h>
using std::cin;

int main() {
    std::ios::sync_with_stdio(0); std::cin.tie(NULL);
    int n;
    std::cin >> n;
    int r = 1000 - n;
    int c500 = r / 500;
    r %= 500;
    int c100 = r / 100;
    r %= 100;
    int c50 = r / 50;
    r %= 50;
    int c10 = r / 10;
    r %= 10;
    int c5 = r / 5;
    int c1 = r % 5;
    std::cout << c500 + c100 + c50 + c10 + c5 + c1 << std::endl;
    return 0;
}