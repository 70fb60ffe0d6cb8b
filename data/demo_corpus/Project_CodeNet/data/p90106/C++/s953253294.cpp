#include <bits/stdc++.h>
using namespace std;

int main()
{
	int n;
	cin>>n;
	string prefix;
	cin>>prefix;
	for(int i=0;i<n-1;i++){
		string w;
		cin>>w;
		size_t k=0;
		while(k<prefix.size()&&k<w.size()&&prefix[k]==w[k])k++;
		prefix=prefix.substr(0,k);
	}
	if(prefix.empty()){
		cout<<"none"<<'\n';
	}else{
		cout<<prefix<<'\n';
	}
	return 0;
}