// 2021-12-04
#include <bits/stdc++.h>
using namespace std;

int main(int argc,char*argv[]){
	ios::sync_with_stdio(false);cin.tie(NULL);
	int n;
	cin>>n;
	vector<int>nums(n);
	for(int j=0;j<n;j++)cin>>nums[j];
	sort(nums.begin(),nums.end());
	bool flag=true;
	for(int i=0;i<n;i++){
		if(nums[i]!=i+1)flag=false;
	}
	cout<<((flag?"Yes":"No"))<<endl;
	return 0;
}
