#include <bits/stdc++.h>
using namespace std;

#define fi first
#define se second
using P=pair<int,int>;
typedef vector<int>vi;
const int INF=1e9;
const long long LINF=1LL<<60;
#define endl '\n'

int main(){
    long long a,b;
    cin>>a>>b;
    auto count_upto=[](long long val){return val/4-val/100+val/400;};
    long long upto_b=count_upto(b);
    long long upto_a=count_upto(a-1);
    cout<<upto_b-upto_a<<endl;
    return 0;
}
