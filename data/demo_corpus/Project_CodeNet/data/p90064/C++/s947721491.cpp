#include <bits/stdc++.h>
using namespace std;

int main()
{
    int n;
    cin>>n;
    long long k;
    cin>>k;
    vector<long long>vec(n);
    for(int i=0;i<n;i++)cin>>vec[i];
    sort(vec.begin(),vec.end());
    long long answer=0;
    int l=0,r=n-1;
    while(l<r){
        long long s=vec[l]+vec[r];
        if(s<k){
            l++;
        }else if(s>k){
            r--;
        }else if(vec[l]==vec[r]){
            long long m=r-l+1;
            answer+=m*(m-1)/2;
            break;
        }else{
            int cl=1,cr=1;
            while(l+cl<r&&vec[l+cl]==vec[l])cl++;
            while(r-cr>l&&vec[r-cr]==vec[r])cr++;
            answer+=(long long)cl*cr;
            l+=cl;
            r-=cr;
        }
    }
    cout<<answer<<"\n";
    return 0;
}
