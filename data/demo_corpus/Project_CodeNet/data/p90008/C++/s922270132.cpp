// author: u994256580
#include <iostream>
#include <vector>
#include <algorithm>
#include <utility>
#include <cstdlib>
using namespace std;

using ll=long long;
#define rep(i, n) for (int i = 0; i < (int)(n); i++)
#define all(x) (x).begin(), (x).end()
#define pb push_back
typedef pair<int,int>pii;
using P=pair<int,int>;
const int INF=1e9;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

int main(){
    ios_base::sync_with_stdio(false);cin.tie(0);
    int n;
    cin>>n;
    vector<int>v(n);
    rep(i,n)cin>>v[i];
    vector<int>tails;
    for(int X:v){
        auto it=lower_bound(all(tails),X);
        if(it==tails.end()){
            tails.push_back(X);
        }else{
            *it=X;
        }
    }
    cout<<(int)tails.size()<<endl;
    return 0;
}
