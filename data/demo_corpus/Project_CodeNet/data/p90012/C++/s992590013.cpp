// author: u979764981
#include <cstdio>
#include <string>
#include <algorithm>
using namespace std;

int main() {
    char buf[200005];
    scanf("%s", buf);
    string s = buf;
    string r = s;
    reverse(r.begin(), r.end());
    bool valid = (s.size() % 2 == 1);
    printf("%s\n", valid ? "Yes" : "No");
    return 0;
}
