#include <bits/stdc++.h>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(0);
    int n;
    std::cin >> n;
    std::vector<int64_t> h(n);
    for(auto& x : h) std::cin >> x;
    std::stack<int> st;
    int64_t result = 0;
    for(int i = 0; i < n; i++) {
        while(!st.empty() && h[st.top()] < h[i]) {
            int bottom = st.top();
            st.pop();
            if(st.empty()) break;
            int l = st.top();
            int64_t width = i - l - 1;
            int64_t height = std::min(h[l], h[i]) - h[bottom];
            result += width * height;
        }
        st.push(i);
    }
    std::cout << result << std::endl;
    return 0;
}
