#include <string>
#include <iostream>
using namespace std;

#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)

struct FastIO{FastIO(){ios_base::sync_with_stdio(false);cin.tie(nullptr);}}fastio_;

void solve()
{
    string s;
    cin>>s;
    int n=s.size();
    int run=1;
    FOR(i,1,n+1){
        if(i<n&&s[i]==s[i-1]){
            run++;
        }else{
            // the run ending at i - 1 is complete
            cout<<s[i-1];
            cout<<run;
            run=0;
        }
    }
    cout<<endl;
}

int main()
{
    solve();
    return 0;
}
