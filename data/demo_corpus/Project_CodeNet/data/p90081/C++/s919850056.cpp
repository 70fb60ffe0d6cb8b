/*
 * Roman to Integer
 * 2021-12-12
 */
#include <cstdio>
#include <string>
#include <cstdlib>
using namespace std;

typedef long long LL;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
#define fi first
const int INF=1e9;
const long long LINF=1LL<<60;
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int main()
{
    int qu;
    scanf("%d",&qu);
    const string pairs[6]={"IV","IX","XL","XC","CD","CM"};
    const int pv[6]={4,9,40,90,400,900};
    rep(k,qu){
        char buf[20];
        scanf("%s",buf);
        string s=buf;
        int ret=0;
        size_t i=0;
        while(i<s.size()){
            bool took=false;
            rep(j,6){
                if(s.compare(i,2,pairs[j])==0){
                    ret+=pv[j];
                    i+=2;
                    took=true;
                    break;
                }
            }
            if(took)continue;
            char c=s[i++];
            ret+=c=='I'?1:c=='V'?5:c=='X'?10:c=='L'?50:c=='C'?100:c=='D'?500:1000;
        }
        printf("%d\n",ret);
    }
    return 0;
}
