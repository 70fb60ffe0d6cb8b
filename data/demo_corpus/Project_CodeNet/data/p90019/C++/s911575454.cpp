#include<bits/stdc++.h>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define fi first
#define mp make_pair
using P = pair<int, int>;
typedef vector<int> vi;
const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }
template <class T> inline bool chmin(T& a, T b) { if(a > b) { a = b; return true; } return false; }

const int LEN = 100005;
struct Process {
	string name;
	int t;
};
Process Q[LEN];
int head, tail;

void enqueue(const Process& p) {
	Q[tail] = p;
	tail = (tail + 1) % LEN;
}

Process dequeue() {
	Process p = Q[head];
	head = (head + 1) % LEN;
	return p;
}

int main() {
	int n, quantum;
	scanf("%d %d", &n, &quantum);
	rep(i, n) {
		char buf[16];
		scanf("%s", buf);
		string name = buf;
		int t;
		scanf("%d", &t);
		enqueue({name, t});
	}
	int elapsed = 0;
	while(head != tail) {
		Process p = dequeue();
		int used = min(quantum, p.t);
		p.t -= used;
		elapsed += used;
		if(p.t > 0) enqueue(p);
		else {
			printf("%s %d\n", p.name.c_str(), elapsed);
		}
	}
	return 0;
}