#include <iostream>
#include <string>
#include <algorithm>
using namespace std;

int main(){
    ios::sync_with_stdio(0);cin.tie(0);
    long long n;
    cin>>n;
    string bits;
    if(n==0)bits="0"
    while(n>0){
        bits+=char('0'+n%2);
        n/=2;
    }
    reverse(bits.begin(),bits.end());
    cout<<bits<<endl;
    return 0;
}