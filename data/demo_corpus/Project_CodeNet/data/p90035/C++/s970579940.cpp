// author: u983475046
#include <cstdio>
#include <string>

int main()
{
    char buf[200005];
    scanf("%s", buf);
    std::string s = buf;
    int acc = 0;
    for (size_t i = 0; i < s.size(); i++) {
        acc += s[i] - '0';
    }
    printf("%d\n", acc);
}