#include <algorithm>
#include <cstdio>
#include <set>
using namespace std;

int main(){
	int n;scanf("%d",&n);
	set<int>s;
	int maxv=0;
	for(int i=0;i<n;i++){
		int X;scanf("%d",&X);
		s.insert(X);
		maxv=max(maxv,X);
	}
	puts((int)s.size()==n&&maxv==n?"Yes":"No");
	return 0;
}
