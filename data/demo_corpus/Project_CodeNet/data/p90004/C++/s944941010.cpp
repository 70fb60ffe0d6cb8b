#include <bits/stdc++.h>

struct Fenwick{
	int n;
	std::vector<long long>t;
	Fenwick(int n):n(n),t(n+1,0){}
	void add(int i,long long v){
		for(;i<=n;i+=i&-i)t[i]+=v;
	}
	long long acc(int i)const{
		long long s=0;
		for(;i>0;i-=i&-i)s+=t[i];
		return s;
	}
};

void solve(){
	int n,qu;
	std::cin>>n>>qu;
	Fenwick bit(n);
	for(int i=1;i<n+1;i++){
		long long x;
		std::cin>>x;
		bit.add(i,x);
	}
	for(int k=0;k<qu;k++){
		int l,r;
		std::cin>>l>>r;
		std::cout<<bit.acc(r)-bit.acc(l-1)<<std::endl;
	}
}

int main(){
	solve();
	return 0;
}