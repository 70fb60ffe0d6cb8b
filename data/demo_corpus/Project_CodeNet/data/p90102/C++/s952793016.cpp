#include <iostream>
#include <string>
using namespace std;

int buf[400005];

int main() {
    int Q;
    cin >> Q;
    // start in the middle so that the train can grow both ways
    int head = 200002, tail = 200002;
    for (int i = 0; i < Q; i++) {
        string op;
        cin >> op;
        if (op == "front") {
            cin >> buf[--head];
        } else if (op == "back") {
            cin >> buf[tail++];
        } else if (head < tail) {
            if (op == "popfront") head++;
            else tail--;
        }
    }
    if (head == tail) {
        cout << "empty" << endl;
    } else {
        for (int i = head; i < tail; i++) {
            if (i - head > 0) cout << " ";
            cout << buf[i];
        }
        cout << endl;
    }
    return 0;
}