/*
 * Demo Contest 019 - Prime Factors
 * 2019-12-23
 */
#include<cstdio>
#include<vector>
#include<algorithm>
#include<string>
using namespace std;

long long smallest_factor(long long n){
	for(long long d=2;d*d<=n;d++){
		if(n%d==0)return d;
	}
	return n;
}

int main(){
	long long n;scanf("%lld",&n);
	vector<long long>fs;
	while(n>1){
		long long d=smallest_factor(n);
		fs.push_back(d);
		n/=d;
	}
	sort(fs.begin(),fs.end());
	for(int i=0;i<(int)fs.size();i++){
		if(i)putchar(' ');
		printf("%lld",fs[i]);
	}
	putchar('\n');
	return 0;
}