#include <string>
#include <utility>
#include <cstdio>
using namespace std;

using ll=long long;
#define pb push_back
#define fi first
#define se second
#define mp make_pair
typedef pair<int,int>pii;
using P=pair<int,int>;

int main(){
	char buf[200005];
	scanf("%s",buf);
	string t=buf;
	char tmp[200005];
	scanf("%s",tmp);
	string p=tmp;
	int n=t.size(),m=p.size();
	int answer=0;
	for(int i=0;i+m<=n;i++){
		if(t.compare(i,m,p)==0)answer++;
	}
	printf("%d\n",answer);
	return 0;
}
