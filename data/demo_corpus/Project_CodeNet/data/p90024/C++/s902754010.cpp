#include <cstdio>
#include <string>
#include <vector>
using namespace std;

typedef long long ll;
typedef vector<int>vi;
template<class T>inline bool chmin(T&a,T b){if(a>b){a=b;return true;}return false;}

int main(int argc,char*argv[]){
	ll k;
	scanf("%lld",&k);
	char buf[200005];
	scanf("%s",buf);
	string s=buf;
	int shift=k%26;
	for(auto&c:s){
		c='a'+(c-'a'+shift)%26;
	}
	puts(s.c_str());
	return 0;
}
