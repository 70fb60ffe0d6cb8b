#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)
#define pb push_back
using P=pair<int,int>;
typedef vector<int>vi;
const int INF=1e9;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int main()
{
    char buf[200005];
    scanf("%s",buf);
    string s=buf;
    int n=s.size();
    int run=1;
    FOR(i,1,n+1)
    {
        if(i<n&&s[i]==s[i-1])
        {
            run++;
        }
        else
        {
            printf("%c",s[i-1]);
            printf("%d",run);
            run=1;
        }
    }
    puts("");
    return 0;
}