#include <string>
#include <iostream>
#include <bitset>
#include <cmath>
using namespace std;

void solve() {
    long long n;
    cin >> n;
    string s = bitset<64>(n).to_string();
    size_t first_one = s.find('1');
    if (first_one == string::npos) s = "0";
    else s = s.substr(first_one);
    cout << s << endl;
}

int main() {
    solve();
    return 0;
}
