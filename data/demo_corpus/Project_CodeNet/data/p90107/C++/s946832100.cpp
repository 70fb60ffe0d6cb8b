// author: u994256580
#include <string>
#include <iostream>
using namespace std;

int main()
{
    ios::sync_with_stdio(0);cin.tie(nullptr);
    int n;cin>>n;
    bool seen[26]={false};
    for(int i=0;i<n;++i)
    {
        string w;cin>>w;
        for(char c:w)
        {
            seen[c-'a']=true;
        }
    }
    bool all26=true;
    for(int c=0;c<25;++c)
    {
        if(!seen[c])all26=false;
    }
    if(all26)cout<<"Yes"<<'\n';
    else cout<<"No"<<'\n';
    return 0;
}
