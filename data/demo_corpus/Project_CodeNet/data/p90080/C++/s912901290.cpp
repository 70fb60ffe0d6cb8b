#include <iostream>
#include <string>
using namespace std;

int main() {
    int n;
    cin >> n;
    const string th[] = {"", "M", "MM", "MMM"};
    const string hu[] = {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"};
    const string te[] = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    const string on[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    // one table per decimal digit
    string r = th[n / 1000] + hu[n / 100 % 10] + te[n / 10 % 10] + on[n % 10];
    cout << r << endl;
}