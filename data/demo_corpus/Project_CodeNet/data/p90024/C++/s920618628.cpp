#include <cstdio>
#include <string>
#include <algorithm>
using namespace std;

int main(){
    int k;
    scanf("%d",&k);
    char buf[200005];
    scanf("%s",buf);
    string s=buf;
    k%=26;
    transform(s.begin(),s.end(),s.begin(),[&](char c){
        return(char)('a'+(c-'a'+k)%26);
    });
    printf("%s\n",s.c_str());
    return 0;
}
