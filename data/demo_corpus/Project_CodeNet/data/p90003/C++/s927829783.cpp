#include <cstdio>
#include <vector>
#include <queue>
#include <functional>

int main(){
	int n;
	scanf("%d",&n);
	std::priority_queue<int,std::vector<int>,std::greater<int>>Q;
	for(int i=0;i<n;i++){
		int x;
		scanf("%d",&x);
		Q.push(x);
	}
	bool first=true;
	while(!Q.empty()){
		if(!first){
			printf(" ");
		}
		first=false;
		printf("%d",Q.top());
		Q.pop();
	}
	putchar('\n');
}