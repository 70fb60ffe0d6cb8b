/*
 * Demo Contest 036 - Longest Common Prefix
 * 2023-01-14
 */
#include <cstdio>
#include <string>
#include <vector>
#include <algorithm>

int main(){
	int n;scanf("%d",&n);
	std::vector<std::string>w(n);
	for(int i=0;i<n;i++){
		char buf[105];
		scanf("%s",buf);
		std::string s=buf;
		w[i]=s;
	}
	std::sort(w.begin(),w.end());
	const std::string&a=w.front();
	const std::string&b=w.back();
	size_t k=0;
	while(k<a.size()&&k<b.size()&&a[k]==b[k])k++;
	if(k==0){
		puts("none");
	}else{
		puts(a.substr(0,k).c_str());
	}
	return 0;
}
