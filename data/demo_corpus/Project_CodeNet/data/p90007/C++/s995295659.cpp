#include <cstdio>
#include <vector>
#include <algorithm>
using namespace std;

typedef long long ll;

int main()
{
    int n,W;scanf("%d %d",&n,&W);
    vector<ll>memo(W+1,0);
    for(int i=0;i<n;++i){
        int w;scanf("%d",&w);
        ll v;scanf("%lld",&v);
        // go down so that each item is used at most once
        for(int j=W;j>=w;j--){
            memo[j]=max(memo[j],memo[j-w]+v);
        }
    }
    printf("%lld\n",*max_element(memo.begin(),memo.end()));
    return 0;
}