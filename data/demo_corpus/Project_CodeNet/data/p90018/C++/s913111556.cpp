// author: u909568367
#include <iostream>
#include <string>
using std::cin;
using std::string;

int main()
{
    std::ios_base::sync_with_stdio(false);
    std::string s;
    std::cin>>s;
    std::string stk;
    for(char c:s){
        char want=0;
        if(c==')')want='(';
        else if(c==']')want='[';
        else if(c=='}')want='{';
        if(want==0){
            stk+=c;
        }else if(!stk.empty()&&stk.back()==want){
            stk.pop_back();
        }else{
            stk+='x';
            break;
        }
    }
    std::cout<<((stk.empty()?"Yes":"No"))<<std::endl;
}
