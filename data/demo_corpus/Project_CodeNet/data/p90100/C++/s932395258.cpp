/*
 * Demo Contest 034 - Joining Ropes
 * 2022-04-17
 */
#include <queue>
#include <algorithm>
#include <functional>
#include <vector>
#include <iostream>
using namespace std;

typedef long long ll;

int main() {
    nit n;
    cin >> n;
    priority_queue<ll, vector<ll>, greater<ll>> pq;
    for(int i = 0; i < n; i++) {
        ll val;
        cin >> val;
        pq.push(val);
    }
    ll cost = 0;
    while(pq.size() > 1) {
        ll a = pq.top();
        pq.pop();
        ll b = pq.top();
        pq.pop();
        cost += a + b;
        pq.push(a + b);
    }
    cout << cost << '\n';
    return 0;
}