// p90052
#include <cstdio>
#include <string>
using namespace std;

int main(){
   char buf[200005];
   scanf("%s",buf);
   string a=buf;
   char tmp[200005];
   scanf("%s",tmp);
   string b=tmp;
   int counter[26]={0};
   for(char c:a){
      counter[c-'a']++;
   }
   for(char c:b){
      counter[c-'a']--;
   }
   bool valid=true;
   for(int i=0;i<26;++i){
      if(counter[i]<0)valid=false;
   }
   puts(valid?"Yes":"No");
   return 0;
}
