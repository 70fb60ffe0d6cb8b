#include <bits/stdc++.h>
using namespace std;

int main(void){
    ios_base::sync_with_stdio(false);
    cin.tie(nullptr);
    int n,k;
    cin>>n>>k;
    queue<int>q;
    for(int i=1;i<=n;i++)q.push(i);
    while(q.size()>1){
        for(int i=0;i<k-1;i++){
            q.push(q.front());
            q.pop();
        }
        q.pop();
    }
    cout<<q.front()<<endl;
}