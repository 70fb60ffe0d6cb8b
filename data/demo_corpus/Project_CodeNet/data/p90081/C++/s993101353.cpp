#include <bits/stdc++.h>
using namespace std;

int main()
{
    ios_base::sync_with_stdio(false);cin.tie(0);
    int q;
    cin>>q;
    map<char,int>val={{'I',1},{'V',5},{'X',10},{'L',50},{'C',100},{'D',500},{'M',1000}};
    for(int k=0;k<q;k++)
    {
        string s;
        cin>>s;
        int total=0,prev=0;
        // from the right: a symbol smaller than the one after it is subtracted
        for(int i=(int)s.size()-1;i>=0;i--)
        {
            int v=val[s[i]];
            if(v<prev)
            {
                total-=v;
            }
            else
            {
                total+=v;
            }
            prev=v;
        }
        cout<<total<<'\n';
    }
    return 0;
}
