// 2015-04-14
#include<bits/stdc++.h>
using namespace std;

#define pb push_back
#define mp make_pair
typedef vector<int> vi;
const long long LINF = 1LL << 60;

int main() {
    ios::sync_with_stdio(false); cin.tie(NULL);
    int n;
    cin >> n;
    vector<int> arr(n);
    for (int j = 0; j < n; j++) cin >> arr[j];
    const int INF = 1 << 30;
    vector<int> d(n + 1, INF);
    int len = 0;
    for (int i = 0; i < n; i++) {
        int lo = 0, hi = len;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (d[mid] < arr[i]) lo = mid + 1;
            else hi = mid;
        }
        d[lo] = arr[i];
        if (lo == len) len++;
    }
    cout << len << endl;
    return 0;
}
