// Demo Contest 007 - Round Robin
#include <iostream>
#include <queue>
#include <string>
#include <utility>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    int n, quantum;
    cin >> n >> quantum;
    queue<pair<string, int>> q;
    for(int i = 0; i < n; ++i) {
        string name;
        cin >> name;
        int t;
        cin >> t;
        q.push(make_pair(name, t));
    }
    long long now = 0;
    while(!q.empty()) {
        auto cur = q.front();
        q.pop();
        if(cur.second <= quantum) {
            now += cur.second;
            cout << cur.first << " " << now << endl;
        } else {
            now += quantum;
            cur.second -= quantum;
            q.push(cur);
        }
    }
    return 0;
}