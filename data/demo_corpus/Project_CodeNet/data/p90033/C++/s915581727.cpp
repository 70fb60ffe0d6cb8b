#include <cstdio>
#include <vector>
#include <stack>

void solve() {
    int n;
    scanf("%d", &n);
    std::vector<int> vec(n), result(n, -1);
    for(int j = 0; j < n; j++) scanf("%d", &vec[j]);
    std::stack<int> st;  // candidates to the right, decreasing from bottom to top
    for(int i = n - 1; i >= 0; i--) {
        while(!st.empty() && st.top() <= vec[i]) st.pop();
        if(!st.empty()) result[i] = st.top();
        st.push(vec[i]);
    }
    for(int i = 0; i < n; i++) {
        if(i > 0) printf(" ");
        printf("%d", result[i]);
    }
    puts("");
}

int main() {
    solve();
    return 0;
}