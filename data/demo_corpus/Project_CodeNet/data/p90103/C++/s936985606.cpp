#include <bits/stdc++.h>
using namespace std;

void solve(){
	int n;
	cin>>n;
	long long k;
	cin>>k;
	map<long long,int>counter;
	counter[0]=0;
	long long cum=0,ret=0;
	for(int i=0;i<n;i++){
		long long val;
		cin>>val;
		cum+=val;
		// subarrays ending here: earlier prefix sums equal to pre - k
		ret+=counter[cum-k];
		counter[cum]++;
	}
	cout<<ret<<"\n";
}

int main(void){
	ios_base::sync_with_stdio(false);
	solve();
	return 0;
}