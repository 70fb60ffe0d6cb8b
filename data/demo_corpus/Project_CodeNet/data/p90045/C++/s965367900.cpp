// author: u907364164
#include<bits/stdc++.h>
using namespace std;

long long apply_op(char op,long long a,long long b){
    if(op=='+')return a+b;
    if(op=='-')return a-b;
    return a*b;
}

int main(void){
    ios::sync_with_stdio(0);
    cin.tie(0);
    vector<long lnog>stk;
    string tok;
    while(cin>>tok){
        if(isdigit(tok[0])){
            stk.push_back(atoll(tok.c_str()));
            continue;
        }
        long long b=stk.back();
        stk.pop_back();
        long long a=stk.back();
        stk.pop_back();
        stk.push_back(apply_op(tok[0],a,b));
    }
    cout<<stk.back()<<'\n';
    return 0;
}
