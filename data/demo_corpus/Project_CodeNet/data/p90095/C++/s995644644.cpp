// Demo Contest 032 - Sudoku Check
#include <iostream>
#include <vector>
#include <set>
#include <utility>

#define pb push_back
#define fi first
#define mp make_pair
typedef std::pair<int,int>pii;
using P=std::pair<int,int>;
typedef std::vector<int>vi;
const int INF=1e9;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

int main(void){
	std::ios::sync_with_stdio(false);std::cin.tie(NULL);
	std::vector<std::vector<int>>g(9,std::vector<int>(9));
	for(int i=0;i<9;i++){
		for(int j=0;j<9;j++){
			std::cin>>g[i][j];
		}
	}
	bool valid=true;
	for(int k=0;k<9;k++){
		std::set<int>r,c,b;
		for(int t=0;t<9;t++){
			r.insert(g[k][t]);
			c.insert(g[t][k]);
			b.insert(g[k/3*3+t/3][k%3*3+t%3]);
		}
		if(r.size()!=9||c.size()!=9||b.size()!=9)valid=false;
	}
	std::cout<<((valid?"Yes":"No"))<<std::endl;
	return 0;
}
