#include <iostream>
#include <string>
#include <cstring>
#include <algorithm>
using namespace std;

string s,t;
int memo[2005][2005];

int d(int i,int j)
{
    if(i==0)return j;
    if(j==0)return i;
    int&r=memo[i][j];
    if(r>=0)return r;
    if(s[i-1]==t[j-1])return r=d(i-1,j-1);
    return r=1+min(d(i-1,j-1),min(d(i-1,j),d(i,j-1)));
}

signed main()
{
    ios::sync_with_stdio(0);cin.tie(NULL);
    string a,b;
    cin>>a>>b;
    s=a;
    t=b;
    memset(memo,-1,sizeof(memo));
    // fill in increasing order so the recursion depth stays small
    for(int i=0;i<(int)s.size()+1;i++)for(int j=0;j<(int)t.size()+1;j++)d(i,j);
    cout<<d(s.size(),s.size())<<'\n';
    return 0;
}
