#include <cstdio>
#include <vector>
#include <algorithm>
using namespace std;

using ll=long long;
typedef vector<int>vi;
const long long LINF=1LL<<60;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};

struct Stop{
    int leave,enter;
};

void solve(){
    int n;
    scanf("%d",&n);
    vector<Stop>stops(n);
    for(auto&s:stops){
        scanf("%d %d",&s.leave,&s.enter);
    }
    int people=0,peak=0;
    for(const auto&s:stops){
        people+=s.enter-s.leave;
        if(people>peak)peak=people;
    }
    printf("%d\n",peak);
    return 0;
}

int main(){
    solve();
    return 0;
}