#include <algorithm>
#include <iostream>
#include <vector>
using namespace std;

int n,k;
vector<long long>arr;

bool feasible(long long limit){
	int parts=1;
	long long tmp=0;
	for(int i=0;i<n;i++){
		if(arr[i]>limit)return false;
		if(tmp+arr[i]>limit){
			parts++;
			tmp=0;
		}
		tmp+=arr[i];
	}
	return parts<=k;
}

int main(){
	cin>>n>>k;
	arr.resize(n);
	for(int j=0;j<n;j++)cin>>arr[j];
	long long lo=-1,hi=0;
	for(long long v:arr)hi+=v;
	while(hi-lo>1){
		long long mid=(lo+hi)/2;
		if(feasible(mid))hi=mid;
		else lo=mid;
	}
	cout<<hi<<"\n";
	return 0;
}
