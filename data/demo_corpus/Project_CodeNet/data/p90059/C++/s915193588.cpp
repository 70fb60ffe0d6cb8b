// author: u944887027
#include <bits/stdc++.h>
using namespace std;

int weekday(int y,int m,int d){
	static const int t[12]={0,3,2,5,0,3,5,1,4,6,2,4};
	if(m<3)y-=1;
	return(y+y/4-y/100+y/400+t[m-1]+d)%7;
}

void solve(){
	int y,m,d;cin>>y>>m>>d;
	string names[7]={"Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"};
	cout<<names[weekday(y,m,d)]<<"\n";
}

int main(){
	ios::sync_with_stdio(0);
	cin.tie(0);
	solve();
	return 0;
}
