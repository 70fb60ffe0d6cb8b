/*
 * Run-Length Encoding
 * 2020-05-02
 */
#include <cstdio>
#include <string>
using namespace std;

int main() {
    char buf[200005];
    scanf("%s", buf);
    string s = buf;
    string ans;
    size_t i = 0;
    while (i < s.size()) {
        size_t j = i;
        while (j < s.size() && s[j] == s[i]) {
            j++;
        }
        ans += s[i];
        ans += to_string(j - i);
        i = j;
    }
    puts(ans.c_str());
    return 0;
}