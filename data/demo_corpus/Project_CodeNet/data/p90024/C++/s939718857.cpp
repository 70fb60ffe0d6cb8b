#include <algorithm>
#include <iostream>
#include <string>
#include <utility>
using namespace std;

using ll = long long;
#define all(x) (x).begin(),(x).end()
#define pb push_back
#define fi first
#define mp make_pair
typedef pair<int, int> pii;
const int INF = 1e9;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
#define endl '\n'

int main()
{
    int k;
    cin >> k;
    string s;
    cin >> s;
    k %= 26;
    transform(all(s), s.begin(), [&](char c) {
        return (char)('a' + (c - 'a' + k) % 26);
    });
    cout << s << endl;
    return 0;
}