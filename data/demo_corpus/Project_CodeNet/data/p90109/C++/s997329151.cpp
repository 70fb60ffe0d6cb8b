// author: u916678348
#include <cstdio>
#include <vector>
using namespace std;

struct Stop{
	int leave,enter;
};

int main(void){
	int n;
	scanf("%d",&n);
	vector<Stop>stops(n);
	for(auto&s:stops){
		scanf("%d%d",&s.leave,&s.enter);
	}
	int people=0,peak=0;
	for(const auto&s:stops){
		people+=s.enter-s.leave;
		if(people>peak)peak=people;
	}
	printf("%d\n",peak);
	return 0;
}
