// author: u995221368
#include <bits/stdc++.h>
using namespace std;

using ll=long long;
#define rep(i,n) for(int i=0;i<(n);++i)
#define pb push_back
#define fi first
#define se second
#define mp make_pair
const int INF=1e9;
const long long LINF=1LL<<60;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int main()
{
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin>>q;
    list<int>train;
    rep(i,q)
    {
        string op;
        cin>>op;
        if(op=="front"||op=="back")
        {
            int X;
            cin>>X;
            if(op=="front")train.push_front(X);
            else train.push_back(X);
        }
        else if(!train.empty())
        {
            if(op=="popfront")train.pop_front();
            else train.pop_back();
        }
    }
    if(train.empty())
    {
        cout<<"empty"<<'\n';
    }
    else
    {
        bool first=true;
        for(int car:train)
        {
            if(!first)
            {
                cout<<" ";
            }
            first=false;
            cout<<car;
        }
        cout<<'\n';
    }
    return 0;
}