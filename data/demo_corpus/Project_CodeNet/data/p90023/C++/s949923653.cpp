#include <iostream>
#include <string>
#include <vector>
#include <algorithm>
#include <utility>

using ll=long long;
#define all(x) (x).begin(),(x).end()
#define se second
using P=std::pair<int,int>;
typedef std::vector<int>vi;
template<class T>inline bool chmax(T&a,T b){if(a<b){a=b;return true;}return false;}

int main(){
	int n;
	std::cin>>n;
	std::vector<std::string>words;
	for(int i=0;i<n;i++){
		std::string w;
		std::cin>>w;
		std::reverse(all(w));
		words.push_back(w);
	}
	std::reverse(all(words));
	for(int i=0;i<n;i++){
		if(i>0)std::cout<<" ";
		std::cout<<words[i];
	}
	std::cout<<std::endl;
	return 0;
}