#include <bits/stdc++.h>
using namespace std;

int main(void)
{
   ios_base::sync_with_stdio(false);
   cin.tie(0);
   int n;cin>>n;
   vector<vector<int>>g(n);
   for(int i=0;i<n-1;i++)
   {
      int a,b;cin>>a>>b;
      g[a].push_back(b);
      g[b].push_back(a);
   }
   vector<int>p(n,-1),order;
   stack<int>stk;
   stk.push(0);
   p[0]=0;
   while(!stk.empty())
   {
      int u=stk.top();
      stk.pop();
      order.push_back(u);
      for(int v:g[u])
      {
         if(p[v]==-1)
         {
            p[v]=u;
            stk.push(v);
         }
      }
   }
   vector<int>down(n,0);
   int result=0;
   for(int k=n-1;k>=0;k--)
   {
      int u=order[k];
      int top1=0,top2=0;
      for(int v:g[u])
      {
         if(v==p[u])continue;
         int d=down[v]+1;
         if(d>top1)
         {
            top2=top1;
            top1=d;
         }
         else if(d>top2)
         {
            top2=d;
         }
      }
      down[u]=top1;
      result=max(result,top1+top2);
   }
   cout<<result<<"\n";
   return 0;
}