#include <iostream>
#include <string>
using namespace std;

int main(void){
    string t,p;
    cin>>t>>p;
    int cnt=0;
    size_t pos=t.find(p);
    while(pos!=string::npos){
        cnt++;
        // overlapping matches: look again one position later
        pos=t.find(p,pos+1);
    }
    cout<<cnt<<'\n';
    return 0;
}