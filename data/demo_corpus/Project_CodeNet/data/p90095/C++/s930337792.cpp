/*
 * Demo Contest 032 - Sudoku Check
 * 2022-10-07
 */
#include<cstdio>
#include<utility>
using namespace std;

#define ll long long
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define se second
typedef pair<int,int>pii;
using P=pair<int,int>;
const long long LINF=1LL<<60;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

void solve()
{
	int rows[9]={0},cols[9]={0},boxes[9]={0};
	bool good=true;
	rep(i,9){
		rep(j,9){
			int d;
			scanf("%d",&d);
			int bit=1<<d;
			int b=i/3*3+j/3;
			if((rows[i]&bit)||(cols[j]&bit)||(boxes[b]&bit))good=false;
			rows[i]|=bit;
			cols[j]|=bit;
			boxes[b]|=bit;
		}
	}
	puts(good?"Yes":"No");
}

signed main()
{
	solve();
	return 0;
}