#include <iostream>
using namespace std;

int main(int argc, char* argv[]) {
    ios_base::sync_with_stdio(false);
    int n; cin >> n;
    // the best sums so far with the last number taken or skipped
    long long take = 0, skip = 0;
    for (int i = 0; i < n; ++i) {
        long long val; cin >> val;
        long long nt = skip + val;
        long long ns = skip;
        take = nt;
        skip = ns;
    }
    cout << (take > skip ? take : skip) << "\n";
    return 0;
}
