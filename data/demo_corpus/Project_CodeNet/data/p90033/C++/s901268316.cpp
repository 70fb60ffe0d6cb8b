// p90033
#include<cstdio>
#include<vector>
#include<stack>
using namespace std;

int main(){
    int n;
    scanf("%d",&n);
    vector<int>vec(n),res(n,-1);
    for(int j=0;j<n;j++)scanf("%d",&vec[j]);
    stack<int>stk; // candidates to the right, decreasing from bottom to top
    for(int i=n-1;i>=0;i--){
        while(!stk.empty()&&stk.top()<=vec[i])stk.pop();
        if(!stk.empty())res[i]=stk.top();
        stk.push(vec[i]);
    }
    for(int i=0;i<n;i++){
        if(i>0)printf(" ");
        printf("%d",res[i]);
    }
    puts("");
    return 0;
}
