#include <bits/stdc++.hpp>
using namespace std;

int main()
{
	string s;
	cin>>s;
	set<char>window;
	int n=s.size();
	int ans=0;
	int l=0;
	for(int r=0;r<n;r++){
		while(window.count(s[r])){
			window.erase(s[l]);
			l++;
		}
		window.insert(s[r]);
		if(ans<(int)window.size())ans=(int)window.size();
	}
	cout<<ans<<endl;
	return 0;
}
