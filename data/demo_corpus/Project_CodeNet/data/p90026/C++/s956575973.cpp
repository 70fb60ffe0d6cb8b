#include <algorithm>
#include <cstdio>
#include <string>
using namespace std;

int main(){
    char buf[200005];
    scanf("%s",buf);
    string s=buf;
    sort(s.begin(),s.end());
    int n=s.size();
    for(int i=0;i<n;){
        int j=i;
        while(j<n&&s[j]==s[i])j++;
        printf("%c %d\n",s[i],j-i);
        i=j;
    }
    return 0;
}
