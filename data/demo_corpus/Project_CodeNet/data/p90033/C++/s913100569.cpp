#include <cstdio>
#include <utility>
#include <vector>
using namespace std;

typedef long long ll;
#define rep(i, n) for (int i = 0; i < (n); ++i)
#define fi first
using P=pair<int,int>;
const int INF=1e9;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};

int main()
{
    int n;
    scanf("%d",&n);
    vector<int>A(n);
    rep(j,n)scanf("%d",&A[j]);
    vector<int>res(n,-1);
    vector<int>waiting; // indices still looking for a greater element
    rep(i,n){
        while(!waiting.empty()&&A[waiting.back()]<A[i]){
            res[waiting.back()]=A[i];
            waiting.pop_back();
        }
        waiting.push_back(i);
    }
    rep(i,n){
        if(i>0)printf(" ");
        printf("%d",res[i]);
    }
    puts("");
    return 0;
}