#include <cstdio>
#include <string>
#include <cstring>
#include <algorithm>
#include <utility>
#include <vector>
using namespace std;

using ll=long long;
#define REP(i, n) for (int i = 0; i < (n); ++i)
#define pb push_back
#define se second
#define mp make_pair
typedef pair<int,int>pii;
using P=pair<int,int>;
typedef vector<int>vi;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

string s,t;
int memo[2005][2005];

int D(int i,int j){
	if(i==0)return j;
	if(j==0)return i;
	int&r=memo[i][j];
	if(r>=0)return r;
	if(s[i-1]==t[j-1])return r=D(i-1,j-1);
	return r=1+min(D(i-1,j-1),min(D(i-1,j),D(i,j-1)));
}

int main(){
	char buf[2005];
	scanf("%s",buf);
	string a=buf;
	char tmp[2005];
	scanf("%s",tmp);
	string b=tmp;
	s=a;
	t=b;
	memset(memo,-1,sizeof(memo));
	REP(i,(int)s.size()+1)REP(j,(int)t.size()+1)D(i,j);
	printf("%d\n",D(s.size(),t.size()));
	return 0;
}