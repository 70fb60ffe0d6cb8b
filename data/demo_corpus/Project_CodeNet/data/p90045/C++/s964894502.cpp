#include <bits/stdc++.h>
using namespace std;

typedef long long LL;

LL apply_op(char op,LL a,LL b){
    if(op=='+')return a+b;
    if(op=='-')return a-b;
    return a*b;
}

void solve(){
    vector<LL>st;
    char tok[32];
    while(scanf("%s",tok)==1){
        if(isdigit(tok[0])){
            st.push_back(atoll(tok));
            continue;
        }
        LL b=st.back();
        st.pop_back();
        LL a=st.back();
        st.pop_back();
        st.push_back(apply_op(tok[0],a,b));
    }
    printf("%lld\n",st.back());
}

int main(){
    solve();
    return 0;
