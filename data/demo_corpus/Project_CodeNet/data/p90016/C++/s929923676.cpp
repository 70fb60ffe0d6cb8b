#include<bits/stdc++.h>
using namespace std;

int main(){
    string s;cin>>s;
    int x=0,y=0;
    for(char c:s){
        switch(c){
        case'U':
            y++;
            break;
        case'D':
            y--;
            break;
        case'L':
            x--;
            break;
        case'R':
            x++;
            break;
        }
    }
    cout<<x<<' '<<y<<endl;
    return 0;
}
