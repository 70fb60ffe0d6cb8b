/*
 * Train Cars
 * 2023-03-07
 */
#include <bits/stdc++.h>
using namespace std;

int main(){
    int q;
    cin>>q;
    list<int>train;
    for(int i=0;i<q;i++){
        string op;
        cin>>op;
        if(op=="front"||op=="back"){
            int v;
            cin>>v;
            if(op=="front")train.push_front(v);
            else train.push_back(v);
        }
        else if(!train.empty()){
            if(op=="popfront")train.pop_front();
            else train.pop_back();
        }
    }
    if(train.empty()){
        cout<<"empty"<<'\n';
    }
    else{
        bool first=true;
        for(int car:train){
            if(!first){
                cout<<" ";
            }
            first=false;
            cout<<car;
        }
        cout<<'\n';
    }
    return 0;
}
