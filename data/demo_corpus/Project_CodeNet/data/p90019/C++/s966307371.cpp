#include <bits/stdc++.h>

const int LEN = 100005;
struct Process {
	std::string name;
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

void solve() {
	int n, quantum;
	scanf("%d%d", &n, &quantum);
	for(int i = 0; i < n; i++) {
		char buf[16];
		scanf("%s", buf);
		std::string name = buf;
		int t;
		scanf("%d", &t);
		enqueue({name, t});
	}
	int elapsed = 0;
	while(head != tail) {
		Process p = dequeue();
		int used = std::min(quantum, p.t);
		p.t -= used;
		elapsed += used;
		if(p.t > 0) enqueue(p);
		else {
			printf("%s %d\n", p.name.c_str(), elapsed - used);
		}
	}
}

int main() {
	solve();
	return 0;
}
