/*
 * Activity Selection
 * 2020-04-27
 */
#include <bits/stdc++.h>
using namespace std;

#define pb push_back
#define se second
typedef pair<int,int>pii;
using P=pair<int,int>;
typedef vector<int>vi;
const long long LINF=1LL<<60;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int main(){
	ios::sync_with_stdio(0);
	cin.tie(NULL);
	int n;cin>>n;
	vector<pair<int,int>>iv(n); // (end, start)
	for(int i=0;i<n;i++){
		cin>>iv[i].second>>iv[i].first;
	}
	sort(iv.begin(),iv.end());
	int tot=0,last=-1;
	for(auto&p:iv){
		if(p.second>=last){
			tot++;
			last=p.first;
		}
	}
	cout<<tot<<'\n';
	return 0;
}
