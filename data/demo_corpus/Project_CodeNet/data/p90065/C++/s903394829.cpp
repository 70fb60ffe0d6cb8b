// Demo Contest 022 - Majority Element
#include<iostream>
#include<map>
#include<utility>
#include<vector>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define pb push_back
typedef pair<int, int> pii;
typedef vector<int> vi;
const long long LINF = 1LL << 60;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

int main() {
    int n;
    cin >> n;
    map<int, int> counter;
    int answer = -1;
    rep(i, n) {
        int x;
        cin >> x;
        if (++counter[x] * 2 > n) answer = x;
    }
    cout << answer << endl;
    return 0;
}