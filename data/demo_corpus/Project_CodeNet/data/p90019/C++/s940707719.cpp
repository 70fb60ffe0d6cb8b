// p90019
#include <bits/stdc++.h>
using namespace std;

typedef long long ll;

int main(){
	int n,quantum;scanf("%d %d",&n,&quantum);
	deque<string>names;
	deque<int>times;
	for(int i=0;i<n;++i){
		char buf[16];
		scanf("%s",buf);
		string name=buf;
		int t;scanf("%d",&t);
		names.push_back(name);
		times.push_back(t);
	}
	ll clock_=0;
	while(!names.empty()){
		string name=names.front();
		int t=times.front();
		names.pop_front();
		times.pop_front();
		if(t>quantum){
			clock_+=quantum;
			names.push_back(name);
			times.push_back(t-quantum);
			continue;
		}
		clock_+=t;
		printf("%s %lld\n",name.c_str(),clock_);
	}
	return 0;
}
