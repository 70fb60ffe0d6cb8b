#include <cstdio>
#include <set>
using namespace std;

typedef long long ll;

int main(int argc,char*argv[]){
	int n;scanf("%d",&n);
	multiset<ll>ms;
	for(int i=0;i<n;++i){
		ll len;scanf("%lld",&len);
		ms.insert(len);
	}
	ll result=0;
	while(ms.size()>=2){
		ll a=*ms.begin();
		ms.erase(ms.begin());
		ll b=*ms.begin();
		ms.erase(ms.begin());
		result+=a+b;
		ms.insert(a+b);
	}
	printf("%lld\n",result);
}