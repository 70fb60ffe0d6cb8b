#include <iostream>
#include <utility>
#include <vector>

typedef long long ll;
#define pb push_back
#define se second
using P=std::pair<int,int>;
typedef std::vector<int>vi;
const int INF=1e9;
const long long LINF=1LL<<60;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};

ll leaps(ll X){
	return X/4-X/100+X/400;
}

int main(){
	ll a,b;
	std::cin>>a>>b;
	ll result=leaps(b)-leaps(a-1);
	std::cout<<result<<std::endl;
}