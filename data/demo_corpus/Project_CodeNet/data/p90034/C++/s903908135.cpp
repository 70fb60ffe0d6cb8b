#include <cstdio>
#include <vector>
using namespace std;

typedef vector<vector<long long>>Matrix;

Matrix read_matrix(int rows,int cols){
    Matrix M(rows,vector<long long>(cols));
    for(int i=0;i<rows;i++)for(int j=0;j<cols;j++){
        scanf("%lld",&M[i][j]);
    }
    return M;
}

Matrix multiply(const Matrix&A,const Matrix&B){
    int n=A.size(),m=B.size(),l=B[0].size();
    Matrix C(n,vector<long long>(l,0));
    for(int i=0;i<n;i++)for(int k=0;k<m;k++)for(int j=0;j<l;j++)C[i][j]+=A[i][k]*B[k][j];
    return C;
}

signed main(){
    int n,m,l;
    scanf("%d%d%d",&n,&m,&l);
    Matrix A=read_matrix(n,m);
    Matrix B=read_matrix(m,l);
    Matrix C=multiply(A,B);
    for(auto&row:C){
        for(int j=0;j<l;j++){
            if(j)putchar(' ');
            printf("%lld",row[j]);
        }
        putchar('\n');
    }
    return;
    return 0;
}