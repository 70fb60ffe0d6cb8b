// Goldbach Pairs
#include <iostream>
#include <vector>
using namespace std;

int main(){
	int n;cin>>n;
	vector<bool>comp(n+1,false);
	comp[0]=comp[1]=true;
	for(int i=2;(long long)i*i<=n;i++){
		if(comp[i])continue;
		for(int j=i*i;j<=n;j+=i)comp[j]=true;
	}
	int tot=0;
	for(int p=2;p<n/2+1;++p){
		if(!comp[p]&&!comp[n-p])tot++;
	}
	cout<<tot<<endl;
}