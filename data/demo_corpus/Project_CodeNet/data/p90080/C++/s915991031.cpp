// p90080
#include <iostream>
#include <string>
#include <utility>
#include <vector>
using namespace std;

using ll=long long;
#define fi first
#define mp make_pair
using P=pair<int,int>;
const long long LINF=1LL<<60;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int main(){
    ios::sync_with_stdio(0);cin.tie(nullptr);
    int n;cin>>n;
    const int val[13]={1000,900,500,400,100,90,50,40,10,9,5,4,1};
    const string sym[13]={"M","CM","D","CD","C","XC","L","XL","X","IX","V","IV","I"};
    string res;
    for(int i=0;i<13;i++){
        // the largest value that still fits, as often as it fits
        while(n>=val[i]){
            res+=sym[i];
            n-=val[i];
        }
    }
    cout<<res<<'\n';
    return 0;
}
