#include <vector>
#include <iostream>
#include <unordered_map>

typedef long long ll;
#define pb push_back
#define se second
typedef std::vector<int>vi;
const int INF=1e9;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

int main(){
	std::ios::sync_with_stdio(false);
	int n;
	std::cin>>n;
	ll k;
	std::cin>>k;
	std::vector<ll>A(n);
	for(auto&x:A)std::cin>>x;
	std::unordered_map<ll,ll>seen;
	seen[0]=1;
	ll s=0,res=0;
	for(ll v:A){
		s+=v;
		auto it=seen.find(s-k);
		if(it!=seen.end())res+=it->second;
		seen[s]++;
	}
	std::cout<<res<<'\n';
	return 0;
}