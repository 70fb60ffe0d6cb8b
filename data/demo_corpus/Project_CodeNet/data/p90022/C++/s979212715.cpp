#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

int main(){
    int n;
    std::cin>>n;
    std::vector<std::string>words(n);
    for(int i=0;i<n;++i){
        std::string w;
        std::cin>>w;
        words[i]=w;
    }
    std::sort(words.begin(),words.end());
    std::string best=words[0];
    int hi=0;
    int i=0;
    while(i<n){
        int j=i;
        while(j<n&&words[j]==words[i])j++;
        if(j-i>hi){
            hi=j-i;
            best=words[i];
        }
        i=j;
    }
    std::cout<<best<<' '<<hi<<std::endl;
    return 0;
}
