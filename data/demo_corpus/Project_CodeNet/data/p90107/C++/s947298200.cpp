#include <iostream>
#include <string>
#include <set>
#include <vector>
using namespace std;

#define se second
typedef vector<int>vi;
const long long LINF=1LL<<60;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};

struct FastIO{FastIO(){ios::sync_with_stdio(false);cin.tie(nullptr);}}fastio_;

int main()
{
    int n;cin>>n;
    set<char>letters;
    while(n--)
    {
        string w;cin>>w;
        letters.insert(w.begin(),w.end());
    }
    if(letters.size()==26)cout<<"Yes"<<'\n';
    else cout<<"No"<<'\n';
    return 0;
}
