// p90009
#include <cstdio>
#include <string>
#include <vector>
#include <algorithm>
using std::vector;

int main(){
    char buf[3005];
    scanf("%s",buf);
    std::string s=buf;
    char str_[3005];
    scanf("%s",str_);
    std::string t=str_;
    int m=t.size();
    std::vector<int>prev_row(m+1,0),tmp(m+1,0);
    for(char ch:s){
        for(int j=0;j<m;++j){
            if(ch==t[j])tmp[j+1]=prev_row[j]+1;
            else tmp[j+1]=std::max(prev_row[j+1],tmp[j]);
        }
        std::swap(prev_row,tmp);
    }
    printf("%d\n",prev_row[m]);
    return 0;
}
