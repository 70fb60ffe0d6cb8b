// 2019-09-21
#include<bits/stdc++.h>
using namespace std;

int main()
{
	int n;cin>>n;
	int mn=2000000000;
	int res=0;
	for(int i=0;i<n;++i){
		int p;cin>>p;
		// sell today at the lowest price seen before
		if(res<p-mn)res=p-mn;
		if(mn>p)mn=p;
	}
	cout<<res<<endl;
}