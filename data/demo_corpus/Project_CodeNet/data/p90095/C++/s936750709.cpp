// Demo Contest 032 - Sudoku Check
#include <cstdio>
#include <vector>
#include <set>
#include <string>
using namespace std;

#define rep(i,n) for(int i=0;i<(n);++i)

int main(int argc,char*argv[]){
    vector<vector<int>>g(9,vector<int>(9));
    rep(i,9){
        rep(j,9){
            scanf("%d",&g[i][j]);
        }
    }
    bool valid=true;
    rep(k,9){
        set<int>r,c,b;
        rep(t,9){
            r.insert(g[k][t]);
            c.insert(g[t][k]);
            b.insert(g[k/3*3+t/3][k%3*3+t%3]);
        }
        if(r.size()!=9||c.size()!=9||b.size()!=9)valid=false;
    }
    puts(valid?"Yes":"No");
}