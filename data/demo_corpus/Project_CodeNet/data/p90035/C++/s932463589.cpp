#include <algorithm>
#include <iostream>
#include <string>
#include <cstdlib>

int main()
{
    std::string s;
    std::cin>>s;
    int acc=0;
    for(size_t i=1;i<s.size();i++)
    {
        acc+=s[i]-'0';
    }
    std::cout<<acc<<"\n";
}