#include<bits/stdc++.h>
using namespace std;

#define MOD 1000000007

int main()
{
	int n;
	scanf("%d",&n);
	vector<int>fib(n+2,0);
	fib[1]=1;
	for(int i=2;i<=n;i++)
	{
		fib[i]=(fib[i-1]+fib[i-2])%MOD;
	}
	printf("%d\n",fib[n]);
	return 0;
}