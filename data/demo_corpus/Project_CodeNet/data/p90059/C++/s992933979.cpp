#include<cstdio>
#include<string>
#include<vector>

typedef long long ll;
#define se second
typedef std::vector<int>vi;
const long long LINF=1LL<<60;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

int main(){
	int y,m,d;scanf("%d %d %d",&y,&m,&d);
	// Zeller's congruence counts January and February as months 13 and 14 of the year before
	if(m<3){
		m+=12;
		y-=1;
	}
	int K=y%100,J=y/100;
	int h=(d+13*(m+1)/5+K+K/4+J/4+5*J)%7;
	const std::string names[7]={"Saturday","Sunday","Monday","Tuesday","Wednesday","Thursday","Friday"};
	printf("%s\n",names[h].c_str());
	return 0;
}