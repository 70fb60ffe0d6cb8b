#include<bits/stdc++.h>
using std::cin;
using std::vector;

typedef long long ll;
#define all(v) v.begin(), v.end()
#define pb push_back
#define fi first
#define se second
#define mp make_pair
typedef std::pair<int,int>pii;
using P=std::pair<int,int>;
typedef std::vector<int>vi;
const long long LINF=1LL<<60;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

struct BIT{
	std::vector<int>t;
	BIT(int n):t(n+1,0){}
	void add(int i){
		for(i++;i<(int)t.size();i+=i&-i)t[i]++;
	}
	int query(int i){ // count of indices < i
		int s=0;
		for(;i>0;i-=i&-i)s+=t[i];
		return s;
	}
};

void solve(){
	int n;std::cin>>n;
	std::vector<int>v(n);
	for(auto&x:v)std::cin>>x;
	std::vector<int>vals(v);
	std::sort(all(vals));
	vals.erase(std::unique(all(vals)),vals.end());
	BIT bit(vals.size());
	ll res=0;
	for(int i=0;i<n;i++){
		int r=std::lower_bound(all(vals),v[i])-vals.begin();
		res+=i-bit.query(r+1);
		bit.add(r);
	}
	std::cout<<res<<"\n";
}

int main(int argc,char*argv[]){
	std::ios::sync_with_stdio(false);
	std::cin.tie(0);
	solve();
	return 0;
}
