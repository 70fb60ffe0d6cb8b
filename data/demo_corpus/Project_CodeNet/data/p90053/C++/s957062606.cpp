#include <iostream>
#include <set>
#include <string>
using namespace std;

struct FastIO{FastIO(){ios_base::sync_with_stdio(false);cin.tie(nullptr);}}fastio_;

int main(){
	int n;
	cin>>n;
	set<int>vals;
	for(int i=0;i<n;i++){
		int X;
		cin>>X;
		vals.insert(X);
	}
	if((int)vals.size()<2){
		cout<<-1<<'\n';
		return 0;
	}
	auto it=vals.end();
	--it;
	--it;
	cout<<*it<<'\n';
	return 0;
}