/*
 * Demo Contest 024 - Busiest Moment
 * 2021-07-18
 */
#include <iostream>
#include <vector>
#include <algorithm>
#include <utility>
using namespace std;

int main(){
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;cin>>n;
    vector<pair<int,int>>ev;
    for(int i=0;i<n;i++){
        int s,e;cin>>s>>e;
        ev.push_back(make_pair(s,1));
        ev.push_back(make_pair(e,-1));
    }
    sort(ev.begin(),ev.end());
    int t=0,best=0;
    for(auto&p:ev){
        t+=p.second;
        if(best<t)best=t;
    }
    cout<<best<<endl;
    return 0;
}