#include <bits/stdc++.h>
using namespace std;

void solve(){
    int Q;
    cin>>Q;
    map<int,queue<string>>waiting;
    for(int i=0;i<Q;i++){
        string cmd;
        cin>>cmd;
        if(cmd=="arrive"){
            string name;
            cin>>name;
            int p;
            cin>>p;
            waiting[p].push(name);
        }else if(waiting.empty()){
            cout<<"none"<<'\n';
        }else{
            auto it=waiting.end();
            --it;
            cout<<it->second.front()<<'\n';
            it->second.pop();
            if(it->second.empty())waiting.erase(it);
        }
    }
}

int main(){
    ios::sync_with_stdio(0);cin.tie(nullptr);
    solve();
    return 0;
}