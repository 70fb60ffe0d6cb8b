// author: u997473054
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)
#define pb push_back
using P=std::pair<int,int>;
typedef std::vector<int>vi;
const long long LINF=1LL<<60;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

int main(){
    int n;
    scanf("%d",&n);
    int mask=0;
    rep(i,n){
        char buf[105];
        scanf("%s",buf);
        std::string w=buf;
        for(char c:w){
            mask|=1<<(c-'a');
        }
    }
    if(mask==(1<<26)-1)puts("Yes");
    else puts("No");
    return 0;
}