// author: u955711592
#include <bits/stdc++.h>
using namespace std;

int main(){
    ios::sync_with_stdio(false);cin.tie(0);
    string a,b;cin>>a>>b;
    if(a.size()!=b.size()){
        cout<<"No"<<endl;
        return 0;
    }
    sort(a.begin(),a.end());
    sort(b.begin(),b.end());
    cout<<((a==b?"Yes":"No"))<<endl;
}