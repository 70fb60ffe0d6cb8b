// 2020-10-31
#include <iostream>
#include <string>
#include <utility>
#include <vector>
using namespace std;

#define ll long long
#define pb push_back
#define fi first
#define se second
#define mp make_pair
typedef pair<int,int>pii;
using P=pair<int,int>;
typedef vector<int>vi;
const int INF=1e9;
const long long LINF=1LL<<60;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

void solve(){
    int y,m,d;cin>>y>>m>>d;
    if(m<3){
        m+=12;
        y-=1;
    }
    int K=y%100,J=y/100;
    int h=(d+13*(m+1)/5+K+K/4+J/4+5*J)%7;
    const string names[7]={"Saturday","Sunday","Monday","Tuesday","Wednesday","Thursday","Friday"};
    cout<<names[h]<<'\n';
}

int main(){
    solve();
    return 0;
}