// Demo Contest 009 - Letter Frequency
#include<cstdio>
#include<string>
using namespace std;

int main(void)
{
    char buf[200005];
    scanf("%s", buf);
    string s = buf;
    int cnt[26] = {0};
    for (char c : s) cnt[c - 'a']++;
    for (int i = 0; i < 26; i++) {
        if (cnt[i] == 0) continue;
        char c = 'a' + i;
        printf("%c %d\n", c, cnt[i]);
    }
    return 0;
}
