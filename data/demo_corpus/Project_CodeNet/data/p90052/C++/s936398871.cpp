/*
 * Demo Contest 018 - Anagrams
 * 2020-03-25
 */
#include <iostream>
#include <string>
using namespace std;

int main(){
    ios::sync_with_stdio(false);
    cin.tie(0);
    string a,b;
    cin>>a>>b;
    int counter[26]={0};
    for(char c:a){
        counter[c-'a']++;
    }
    for(char c:b){
        counter[c-'a']--;
    }
    bool good=true;
    for(int i=0;i<26;i++){
        if(counter[i]!=0)good=false;
    }
    cout<<((good?"Yes":"No"))<<endl;
    return 0;
}