/*
 * Demo Contest 012 - Digit Sum
 * 2018-08-16
 */
#include <iostream>
#include <numeric>
#include <string>
using namespace std;

int main() {
    string s; cin >> s;
    int total = accumulate(s.begin(), s.end(), 0, [](int acc, char c) {
        return acc + (c - '0');
    });
    cout << total << "\n";
    return 0;
}
