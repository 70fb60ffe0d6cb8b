#include<iostream>
#include<vector>
using namespace std;

struct Stop {
    int leave, enter;
};

void solve() {
    int n; cin >> n;
    vector<Stop> stops(n);
    for (auto& s : stops) {
        cin >> s.leave >> s.enter;
    }
    int people = 0, peak = 0;
    for (const auto& s : stops) {
        people += s.enter - s.leave;
        if (people > peak) peak = people;
    }
    cout << peak << "\n";
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(NULL);
    solve();
    return 0;
}
