#include <cstdio>
#include <vector>
#include <algorithm>
#include <cstdlib>
using namespace std;

typedef long long ll;
#define rep(i,n) for(int i=0;i<(n);++i)

#define MOD 1000000007
typedef vector<vector<ll>>Mat;

Mat mul(const Mat&A,const Mat&B){
    Mat C(2,vector<ll>(2,0));
    rep(i,2)rep(j,2)rep(k,2){
        C[i][j]=(C[i][j]+A[i][k]*B[k][j])%MOD;
    }
    return C;
}

int main(){
    ll n;
    scanf("%lld",&n);
    Mat result={{1,0},{0,1}};
    Mat base={{1,1},{1,0}};
    while(n>0){
        if(n&1)result=mul(result,base);
        base=mul(base,base);
        n>>=1;
    }
    printf("%lld\n",result[0][1]);
}