#include <iostream>
#include <string>
#include <vector>
#include <algorithm>
#include <utility>
using namespace std;

typedef long long ll;
#define pb push_back
#define se second
typedef pair<int,int>pii;
using P=pair<int,int>;
typedef vector<int>vi;
const long long LINF=1LL<<60;
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int main(){
	ios::sync_with_stdio(false);
	string s,t;
	cin>>s>>t;
	int m=t.size();
	// two rows are enough: the previous one and the current one
	vector<int>prev_row(m+1,0),tmp(m+1,0);
	for(char ch:s){
		for(int j=0;j<m-1;j++){
			if(ch==t[j])tmp[j+1]=prev_row[j]+1;
			else tmp[j+1]=max(prev_row[j+1],tmp[j]);
		}
		swap(prev_row,tmp);
	}
	cout<<prev_row[m]<<endl;
	return 0;
}
