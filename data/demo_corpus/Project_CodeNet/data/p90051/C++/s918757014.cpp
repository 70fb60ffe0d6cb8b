// p90051
#include <bits/stdc++.h>
using namespace std;

int main(){
   char buf[200005];
   scanf("%s",buf);
   string s=buf;
   vector<pair<char,int>>runs;
   for(char c:s){
      if(!runs.empty()&&runs.back().first==c){
         runs.back().second++;
      }
      else{
         runs.pu