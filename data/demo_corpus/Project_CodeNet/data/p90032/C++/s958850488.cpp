// p90032
#include <bits/stdc++.h>
using namespace std;

int main(){
    ios_base::sync_with_stdio(false);
    int n,s;
    cin>>n>>s;
    bitset<2000001>reach;
    reach[0]=1;
    for(int i=0;i<n;i++){
        int val;
        cin>>val;
        reach|=reach<<val;
    }
    cout<<((reach[s]?"Yes":"No"))<<"\n";
    return 0;
}
