// 2021-01-10
#include <cstdio>
#include <string>
using namespace std;

int main()
{
    int n;
    scanf("%d", &n);
    const string th[] = {"", "M", "MM", "MMM"};
    const string hu[] = {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"};
    const string te[] = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    const string on[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    string r = th[n / 1000] + hu[n / 100 % 10] + te[n / 10 % 10] + on[n % 10];
    puts(r.c_str());
    return 0;
}