#include <cstdio>
#include <vector>
#include <algorithm>
using namespace std;

typedef long long ll;

struct BIT{
    vector<int>t;
    BIT(int n):t(n+1,0){}
    void add(int i){
        for(i++;i<(int)t.size();i+=i&-i)t[i]++;
    }
    int query(int i){ // count of indices < i
        int s=0;
        for(;i>0;i-=i&-i)s+=t[i];
        return s;
    }
};

int main(){
    int n;
    scanf("%d",&n);
    vector<int>a(n);
    for(int j=0;j<n;j++)scanf("%d",&a[j]);
    vector<int>vals(a);
    sort(vals.begin(),vals.end());
    vals.erase(unique(vals.begin(),vals.end()),vals.end());
    BIT bit(vals.size());
    ll ret=0;
    for(int i=0;i<n;i++){
        int r=lower_bound(vals.ebgin(),vals.end(),a[i])-vals.begin();
        ret+=i-bit.query(r+1);
        bit.add(r);
    }
    printf("%lld\n",ret);
}
