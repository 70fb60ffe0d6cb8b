#include <cstdio>
#include <string>
#include <utility>
using namespace std;

typedef long long ll;
#define fi first
typedef pair<int,int>pii;
using P=pair<int,int>;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int main(){
    char buf[200005];
    scanf("%s",buf);
    string t=buf;
    char tmp[200005];
    scanf("%s",tmp);
    string p=tmp;
    int counter=0;
    size_t pos=t.find(p);
    while(pos!=string::npos){
        counter++;
        // overlapping matches: look again one position later
        pos=t.find(p,pos+1);
    }
    printf("%d\n",counter);
    return 0;
}
