// p90086
#include <cstdio>
#include <vector>
#include <algorithm>
#include <utility>
using std::vector;

typedef long long ll;

int main(void)
{
    int n;
    scanf("%d",&n);
    std::vector<std::pair<ll,int>>ev;
    for(int i=0;i<n;i++)
    {
        ll l,r;
        scanf("%lld %lld",&l,&r);
        ev.push_back({l,1});
        ev.push_back({r,-1});
    }
    std::sort(ev.begin(),ev.end());
    ll result=0;
    int depth=0;
    for(int i=0;i<(int)ev.size();i++)
    {
        // between two event points the line is covered if any segment is open
        if(depth>0)result+=ev[i].first-ev[i-1].first;
        depth+=ev[i].second;
    }
    printf("%lld\n",result);
}