#include <cstdio>
#include <vector>
#include <algorithm>
using namespace std;

typedef long long LL;
#define all(v) v.begin(), v.end()
#define pb push_back
#define se second

struct Interval{
	int s,e;
	bool operator<(const Interval&o)const{return e<o.e;}
};

void solve(){
	int n;scanf("%d",&n);
	vector<Interval>v(n);
	for(auto&it:v){
		scanf("%d %d",&it.s,&it.e);
	}
	sort(all(v));
	int ret=0;
	int free_from=0;
	for(const auto&it:v){
		if(it.s>=free_from){
			ret++;
			free_from=it.e;
	}
	printf("%d\n",ret);
}

int main(){
	solve();
	return 0;
}