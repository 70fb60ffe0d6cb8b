#include <cstdlib>
#include <string>
#include <iostream>
#include <vector>
using namespace std;

long long apply_op(char op, long long a, long long b)
{
    if (op == '+') return a + b;
    if (op == '-') return a - b;
    return a * b;
}

int main()
{
    vector<long long> S;
    string tok;
    while (cin >> tok)
    {
        if (isdigit(tok[0]))
        {
            S.push_back(atoll(tok.c_str()));
            continue;
        }
        long long b = S.back();
        S.pop_back();
        long long a = S.back();
        S.pop_back();
        S.push_back(apply_op(tok[0], a, b));
    }
    cout << S.back() << '\n';
    return 0;
}