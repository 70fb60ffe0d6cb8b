// author: u948457606
#include <iostream>
#include <string>
#include <vector>
#include <algorithm>
#include <utility>
using namespace std;

typedef long long ll;
#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define fi first
typedef pair<int, int> pii;
typedef vector<int> vi;
const int INF = 1e9;
const long long LINF = 1LL << 60;

int main() {
    int n; cin >> n;
    vector<string> words(n);
    REP(i, n) {
        string w; cin >> w;
        words[i] = w;
    }
    sort(words.begin(), words.end());
    string best = words[0];
    int hi = 0;
    int i = 0;
    while (i < n) {
        int j = i;
        while (j < n && words[j] == words[i]) j++;
        if (j - i >= hi) {
            hi = j - i;
            best = words[i];
        }
        i = j;
    }
    cout << best << ' ' << hi << endl;
    return 0;
}