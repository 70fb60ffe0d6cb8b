#include <cstdio>
#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>
using namespace std;

#define mp make_pair
using P=pair<int,int>;
typedef vector<int>vi;
const int INF=1e9;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int main(){
	int e[3];
	for(int i=0;i<3;++i){
		scanf("%d",&e[i]);
	}
	sort(e,e+3);
	if(e[0]+e[1]<=e[2]){
		printf("%d\n",-1);
	}else{
		double p=e[0]+e[1]+e[2];
		// 16 * area^2 = p (p - 2a)(p - 2b)(p - 2c)
		double area=sqrt(p*(p-2*e[0])*(p-2*e[1])*(p-2*e[2]))/4.0;
		printf("%.6f\n",area);
	}
	return 0;
}