// Range Increments
#include<iostream>
#include<vector>
#include<numeric>
using namespace std;

typedef long long ll;
#define all(x) (x).begin(), (x).end()
#define rep(i,n) for(int i=0;i<(n);++i)
#define pb push_back
#define fi first
#define se second
#define mp make_pair
typedef vector<int>vi;

struct FastIO{FastIO(){ios::sync_with_stdio(0);cin.tie(nullptr);}}fastio_;

void solve()
{
	int n,qu;
	cin>>n>>qu;
	vector<ll>diff(n+1,0);
	while(qu--){
		int l,r;
		cin>>l>>r;
		ll v;
		cin>>v;
		diff.at(l-1)+=v;
		diff.at(r)-=v;
	}
	partial_sum(all(diff),diff.begin());
	rep(i,n){
		if(i)cout<<' ';
		cout<<diff[i];
	}
	cout<<endl;
}

int main()
{
	solve();
	return 0;
}
