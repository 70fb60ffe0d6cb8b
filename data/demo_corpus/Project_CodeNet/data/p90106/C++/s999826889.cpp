#include <cstdio>
#include <string>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    char buf[105];
    scanf("%s", buf);
    string psum = buf;
    for (int i = 0; i < n - 1; ++i) {
        char tmp[105];
        scanf("%s", tmp);
        string w = tmp;
        size_t k = 0;
        while (k < psum.size() && k < w.size() && psum[k] == w[k]) k++;
        psum = psum.substr(0, k);
    }
    if (psum.empty()) {
        puts("none");
    }
    else {
        puts(psum.c_str());
    }
}