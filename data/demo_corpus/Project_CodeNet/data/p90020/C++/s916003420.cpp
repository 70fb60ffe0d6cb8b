// Demo Contest 007 - Fibonacci
#include <iostream>
#include <vector>
#include <utility>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define se second
using P=pair<int,int>;
typedef vector<int>vi;
const int INF=1e9;
const long long LINF=1LL<<60;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

constexpr ll MOD=1000000007;
typedef vector<vector<ll>>Mat;

Mat mul(const Mat&A,const Mat&B)
{
	Mat C(2,vector<ll>(2,0));
	rep(i,2)rep(j,2)rep(k,2)
	{
		C[i][j]=(C[i][j]+A[i][k]*B[k][j])%MOD;
	}
	return C;
}

int main()
{
	ll n;
	cin>>n;
	Mat result={{1,0},{0,1}};
	Mat base={{1,1},{1,0}};
	while(n>0)
	{
		if(n&1)result=mul(result,base);
		base=mul(base,base);
		n>>=1;
	}
	cout<<result[0][1]<<'\n';