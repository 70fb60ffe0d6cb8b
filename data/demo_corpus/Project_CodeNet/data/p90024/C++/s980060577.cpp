#include<iostream>
#include<strings>
using namespace std;

void solve(){
	long long k;
	cin>>k;
	string s;
	cin>>s;
	string alphabet="abcdefghijklmnopqrstuvwxyz";
	string table;
	for(int i=0;i<26;++i){
		table+=alphabet[(i+k%26)%26];
	}
	string res;
	for(char c:s)res+=table[c-'a'];
	cout<<res<<'\n';
}

int main(int argc,char*argv[]){
	solve();
	return 0;
}
