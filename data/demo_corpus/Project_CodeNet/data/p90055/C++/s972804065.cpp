// Demo Contest 019 - Staircase
#include <iostream>
#include <string>
#include <cstdlib>
using namespace std;

#define ll long long
#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)

int main(void){
    int n;
    cin>>n;
    ll a=1,b=1,c=2;
    if(n==1){
        cout<<1<<endl;
        return 0;
    }
    FOR(i,3,n+1){
        ll d=(a+b+c)%1000000007;
        a=b;
        b=c;
        c=d;
    }
    cout<<c<<endl;
    return 0;
}