#include <iostream>
#include <string>
#include <vector>
using std::string;
using std::vector;

#define rep(i, n) for (int i = 0; i < (n); ++i)

constexpr int MOD=1000000007;

void solve(){
    int H,W;
    std::cin>>H>>W;
    std::vector<std::string>field(H);
    rep(i,H){
        std::string row;
        std::cin>>row;
        field[i]=row;
    }
    std::vector<std::vector<int>>dp(H,std::vector<int>(W,0));
    dp[0][0]=1;
    rep(i,H){
        rep(j,W){
            if(field[i][j]=='#'){
                dp[i][j]=0;
                continue;
            }
            if(i>0)dp[i][j]=(dp[i][j]+dp[i-1][j])%MOD;
            if(j>0)dp[i][j]=(dp[i][j]+dp[i][j-1])%MOD;
        }
    }
    std::cout<<dp[H-1][W-1]<<std::endl;
}

signed main(){
    solve();
    return 0;
}
