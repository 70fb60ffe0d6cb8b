// 2014-04-29
#include<bits/stdc++.h>
using namespace std;

int main(){
	long long a,b;scanf("%lld %lld",&a,&b);
	long long x=a,y=b;
	while(y!=0){
		long long r=x%y;
		x=y;
		y=r;
	}
	// x is the gcd now
	long long l=a/x*b;
	printf("%lld %lld\n",x,l);
	return 0;
}