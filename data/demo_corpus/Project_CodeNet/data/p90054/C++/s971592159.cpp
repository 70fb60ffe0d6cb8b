#include <algorithm>
#include <cstdio>
#include <vector>
using namespace std;

int main()
{
	int n;
	scanf("%d",&n);
	vector<int>A(n);
	for(int j=0;j<n;j++)scanf("%d",&A[j]);
	vector<int>suf(n+1,0);
	for(int i=n-1;i>=0;i--){
		suf[i]=max(suf[i+1],A[i]);
	}
	int best=0;
	for(int i=0;i<n;i++){
		if(best<suf[i]-A[i])best=suf[i]-A[i];
	}
	printf("%d\n",best);
}
