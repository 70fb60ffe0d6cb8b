#include<iostream>
#include<string>
#include<algorithm>
using namespace std;

void solve(){
    string s;cin>>s;
    int n=s.size();
    bool ok=true;
    for(int i=0;i<n/2;i++){
        if(s[i]!=s[n-1-i]){
            ok=false;
            break;
        }
    }
    if(ok)cout<<"Yes"<<endl;
    else cout<<"No"<<endl;
}

int main(){
    ios::sync_with_stdio(0);
    cin.tie(0);
    solve();
    return 0;
}
