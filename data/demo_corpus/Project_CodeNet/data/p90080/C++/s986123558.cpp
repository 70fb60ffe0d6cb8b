#include<bits/stdc++.h>
using namespace std;

int main(){
	ios::sync_with_stdio(false);
	int n;cin>>n;
	const int val[13]={1000,900,500,400,100,90,50,40,10,9,5,4,1};
	const string sym[13]={"M","CM","D","CD","C","XC","L","XL","X","IX","V","IV","I"};
	string res;
	for(int i=0;i<13;i++){
		while(n>=val[i]){
			res+=sym[i];
			n-=val[i];
		}
	}
	cout<<res<<endl;
}