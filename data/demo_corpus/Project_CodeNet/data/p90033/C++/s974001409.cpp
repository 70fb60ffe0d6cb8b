#include<bits/stdc++.h>
using namespace std;

int main(){
    ios_base::sync_with_stdio(false);
    int n;
    cin>>n;
    vector<int>vec(n);
    for(auto&x:vec)cin>>x;
    vector<int>res(n,-1);
    vector<int>waiting; // indices still looking for a greater element
    for(int i=0;i<n;i++){
        while(!waiting.empty()&&vec[waiting.back()]<vec[i]){
            res[waiting.back()]=vec[i];
            waiting.pop_back();
        }
        waiting.push_back(i);
    }
    for(int i=0;i<n;i++){
        if(i)cout<<' ';
        cout<<res[i];
    }
    cout<<endl;
}