#include <cstdio>
#include <string>
#include <vector>
using namespace std;

int main(int argc,char*argv[]){
    char buf[200005];
    scanf("%s",buf);
    string s=buf;
    string st;
    for(char c:s){
        char want=0;
        if(c==')')want='(';
        else if(c==']')want='[';
        else if(c=='}')want='{';
        if(want==0){
            st+=c;
        }else if(!st.empty()&&st.back()==want){
            st.pop_back();
        }else{
            st.clear();
            break;
        }
    }
    if(st.empty())puts("Yes");
    else puts("No");
    return 0;
}
