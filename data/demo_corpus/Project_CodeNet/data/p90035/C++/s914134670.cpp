// author: u929248647
#include <iostream>
#include <numeric>
#include <algorithm>
#include <string>
#include <utility>
using namespace std;

using ll = long long;
#define all(x) (x).begin(),(x).end()
typedef pair<int, int> pii;
const long long LINF = 1LL << 60;

int main() {
    string s;
    cin >> s;
    int total = accumulate(all(s), 0, [](int acc, char c) {
        return acc + (c - '0');
    });
    cout << total << endl;
    return 0;
}
