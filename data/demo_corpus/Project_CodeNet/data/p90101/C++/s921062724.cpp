#include<bits/stdc++.h>
using namespace std;

using ll=long long;
#define rep(i,n) for(int i=0;i<(n);++i)
#define fi first
#define se second
typedef pair<int,int>pii;
using P=pair<int,int>;
typedef vector<int>vi;
const int INF=1e9;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

int main(){
	ios_base::sync_with_stdio(false);
	int qu;
	cin>>qu;
	// one first-come-first-served line per priority
	map<int,queue<string>>waiting;
	rep(i,qu){
		string cmd;
		cin>>cmd;
		if(cmd=="arrive"){
			string name;
			cin>>name;
			int p;
			cin>>p;
			waiting[p].push(name);
		}else if(waiting.empty()){
			cout<<"none"<<endl;
		}else{
			auto it=waiting.end();
			--it;
			cout<<it->second.front()<<endl;
			it->second.pop();
			if(it->second.empty())waiting.erase(it);
		}
	}
}
