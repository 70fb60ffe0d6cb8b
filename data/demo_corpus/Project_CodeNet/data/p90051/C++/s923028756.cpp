#include <iostream>
#include <string>
#include <vector>
using namespace std;

typedef long long ll;
#define pb push_back
#define fi first
#define se second
typedef vector<int>vi;
const int dx[4]={1,0,-1,0},dy[4]={0,1,0,-1};
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

int main(){
    string s;
    cin>>s;
    string ans;
    size_t i=0;
    while(i<s.size()){
        size_t j=i;
        while(j<s.size()&&s[j]==s[i]){
            j++;
        }
        ans+=s[i];
        ans+=to_string(j-i);
        i=j;
    }
    cout<<ans<<endl;
    return 0;
}