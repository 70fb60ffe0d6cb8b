#include <cstdio>
#include <vector>
#include <algorithm>

int main(){
    int n;
    scanf("%d",&n);
    long long k;
    scanf("%lld",&k);
    std::vector<long long>a(n);
    for(int i=0;i<n;i++)scanf("%lld",&a[i]);
    std::sort(a.begin(),a.end());
    long long ans=0;
    int l=0,r=n-1;
    while(l<r){
        long long s=a[l]+a[r];
        if(s<k){
            l++;
        }else if(s>k){
            r--;
        }else if(a[l]==a[r]){
            // everything between l and r is equal: choose any two
            long long m=r-l+1;
            ans+=m*(m-1)/2;
            break;
        }else{
            int cl=1,cr=1;
            while(l+cl<r&&a[l+cl]==a[l])cl++;
            while(r-cr>l&&a[r-cr]==a[r])cr++;
            ans+=(long long)cl*cr;
            l+=cl;
            r-=cr;
        }
    }
    printf("%lld\n",ans);
    return 0;
}