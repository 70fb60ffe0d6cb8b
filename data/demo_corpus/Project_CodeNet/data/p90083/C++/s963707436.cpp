// p90083
#include <iostream>
#include <vector>
using namespace std;

int main()
{
	ios_base::sync_with_stdio(false);cin.tie(0);
	int n;
	cin>>n;
	int change=1000-n;
	const int coins[6]={500,100,50,10,5,1};
	int cnt=0;
	for(int i=0;i<6;i++)
	{
		cnt+=change/coins[i];
		change%=coins[i];
	}
	cout<<cnt<<'\n';
	return 0;
}
