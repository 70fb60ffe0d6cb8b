#include <cstdio>
#include <string>
#include <cmath>

// one decimal digit written with the symbols for 1, 5 and 10 of its place
std::string digit(int d, char one, char five, char ten) {
    if(d == 9) return std::string(1, one) + ten;
    if(d >= 5) return std::string(1, five) + std::string(d - 5, one);
    if(d == 4) return std::string(1, one) + five;
    return std::string(d, one);
}

int main(void) {
    int n;
    scanf("%d", &n);
    std::string s = std::string(n / 1000, 'M');
    s += digit(n / 100 % 10, 'C', 'D', 'M');
    s += digit(n / 10 % 10, 'X', 'L', 'C');
    s += digit(n % 10, 'I', 'V', 'X');
    puts(s.c_str());
    return 0;
}