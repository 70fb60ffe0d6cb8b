/*
 * Roman to Integer
 * 2022-01-11
 */
#include <cstdint>
#include <iostream>
#include <string>
using namespace std;

int value(char c)
{
    switch(c){
    case'I':return 1;
    case'V':return 5;
    case'X':return 10;
    case'L':return 50;
    case'C':return 100;
    case'D':return 500;
    default:return 1000;
    }
}

int main()
{
    ios_base::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;cin>>q;
    while(q--){
        string s;cin>>s;
        int answer=0;
        for(int i=0;i<(int)s.size();i++){
            int v=value(s[i]);
            if(i+1<(int)s.size()&&v<value(s[i+1])){
                answer-=v;
            }else{
                answer+=v;
            }
        }
        cout<<answer<<endl;
    }
    return 0;
}
