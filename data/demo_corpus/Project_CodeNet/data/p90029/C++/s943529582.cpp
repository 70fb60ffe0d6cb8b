#include <iostream>
#include <vector>
#include <queue>
#include <functional>
#include <cstdint>
#include <cmath>
using namespace std;

int main(){
    ios::sync_with_stdio(0);cin.tie(NULL);
    int n,m;cin>>n>>m;
    vector<vector<int>>G(n);
    vector<int>indeg(n,0);
    for(int i=0;i<m;i++){
        int u,v;cin>>u>>v;
        G[u].push_back(v);
        indeg[v]++;
    }
    priority_queue<int,vector<int>,greater<int>>qu;
    for(int i=0;i<n;i++)if(indeg[i]==0)qu.push(i);
    vector<int>order;
    while(!qu.empty()){
        int u=qu.top();
        qu.pop();
        order.push_back(u);
        for(int v:G[u]){
            if(--indeg[v]==0)qu.push(v);
        }
    }
    for(int i=0;i<n;i++){
        if(i>0)cout<<" ";
        cout<<order[i];
    }
    cout<<endl;
    return 0;
}