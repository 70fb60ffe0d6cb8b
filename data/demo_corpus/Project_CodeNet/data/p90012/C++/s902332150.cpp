#include <iostream>
#include <string>
#include <utility>
using namespace std;

typedef long long LL;
#define fi first
#define mp make_pair
typedef pair<int,int>pii;
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

bool is_palindrome(const string&s)
{
    int i=0,j=(int)s.size()-1;
    while(i<j)
    {
        if(s[i]!=s[j])return false;
        i++;
        j--;
    }
    return true;
}

int main(void)
{
    ios_base::sync_with_stdio(false);cin.tie(nullptr);
    string s;cin>>s;
    cout<<((is_palindrome(s)?"Yes":"No"))<<endl;
    return 0;
}
