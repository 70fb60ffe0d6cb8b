// Next Greater Element
#include <iostream>
#include <vector>
using namespace std;

typedef long long ll;
#define pb push_back
const int INF=1e9;
const long long LINF=1LL<<60;

int main(int argc,char*argv[]){
	int n;
	cin>>n;
	vector<int>nums(n);
	for(int j=0;j<n;j++)cin>>nums[j];
	vector<int>res(n,-1);
	vector<int>waiting; // indices still looking for a greater element
	for(int i=0;i<n;i++){
		while(!waiting.empty()&&nums[waiting.back()]<nums[i]){
			res[waiting.back()]=nums[i];
			waiting.pop_back();
		}
		waiting.push_back(i);
	}
	for(int i=0;i<n;i++){
		if(i>0)cout<<" ";
		cout<<res[i];
	}
	cout<<'\n';
	return 0;
}
