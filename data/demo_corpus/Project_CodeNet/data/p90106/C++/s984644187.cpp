// Demo Contest 036 - Longest Common Prefix
#include <iostream>
#include <string>
using namespace std;

int main(){
    ios::sync_with_stdio(0);
    cin.tie(nullptr);
    int n;cin>>n;
    string ps;cin>>ps;
    for(int i=0;i<n-1;i++){
        string w;cin>>w;
        size_t k=0;
        while(k<ps.size()&&k<w.size()&&ps[k]==w[k])k++;
        ps=ps.substr(0,k);
    }
    if(ps.empty()){
        cout<<"none"<<endl;
    }
    else{
        cout<<ps<<endl;
    }
    return 0;
}
