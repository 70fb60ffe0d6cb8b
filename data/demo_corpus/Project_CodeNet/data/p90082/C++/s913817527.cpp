#include <cstdio>
#include <vector>

const int MOD=1000000007;

int main(){
	// Pascal's triangle: C(i, j) = C(i - 1, j - 1) + C(i - 1, j)
	std::vector<std::vector<int>>C(2001,std::vector<int>(2001,0));
	for(int i=0;i<2001;i++){
		C[i][0]=1;
		for(int j=1;j<i+1;j++){
			C[i][j]=(C[i-1][j-1]+C[i-1][j])%MOD;
		}
	}
	int q;scanf("%d",&q);
	while(q--){
		int n,k;scanf("%d %d",&n,&k);
		printf("%d\n",C[n][k]);
	}
	return 0;
}
