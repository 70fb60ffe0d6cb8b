#include<bits/stdc++.h>
using namespace std;

typedef long long ll;

void solve(){
	ll a,b;
	scanf("%lld%lld",&a,&b);
	auto count_upto=[](ll X){return X/4-X/100+X/400;};
	ll upto_b=count_upto(b);
	ll upto_a=count_upto(a-1);
	printf("%lld\n",upto_b-upto_a);
}

int main(){
	solve();
	return 0;
}
