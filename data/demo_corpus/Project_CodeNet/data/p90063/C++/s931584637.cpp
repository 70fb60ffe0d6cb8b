#include <utility>
#include <vector>
#include <iostream>

typedef long long ll;
#define REP(i,n) for(int i=0;i<(int)(n);i++)
#define fi first
typedef std::pair<int,int>pii;
typedef std::vector<int>vi;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};

ll cross(ll ax,ll ay,ll bx,ll by){
    return ax*by-ay*bx;
}

int main(){
    int q;std::cin>>q;
    REP(k,q){
        ll x1,y1,x2,y2,x3,y3;std::cin>>x1>>y1>>x2>>y2>>x3>>y3;
        // the two edge vectors from the first point are parallel
        ll c=cross(x2-x1,y2-y1,x3-x1,y3-y2);
        std::cout<<((c==0?"Yes":"No"))<<std::endl;
    }
    return 0;
}
