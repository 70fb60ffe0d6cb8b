#include<bits/stdc++.h>
using namespace std;

int stk[200005];
int sp = 0;

int main(void) {
	ios::sync_with_stdio(0);
	cin.tie(NULL);
	int que; cin >> que;
	for(int i = 0; i < que; ++i) {
		string cmd; cin >> cmd;
		if(cmd[0] == 'p' && cmd[1] == 'u') {
			cin >> stk[sp];
			sp++;
		} else if(cmd[0] == 'p') {
			if(sp > 0) sp--;
		} else if(sp == 0) {
			cout << "empty" << endl;
		} else {
			cout << stk[sp - 1] << endl;
		}
	}
	return 0;
}
