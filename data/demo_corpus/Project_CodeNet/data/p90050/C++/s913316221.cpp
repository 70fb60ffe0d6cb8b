// Demo Contest 017 - Vowels
#include <cstdio>
#include <string>
#include <algorithm>
using namespace std;

#define all(v) v.begin(), v.end()

bool is_vowel(char c){
  switch(c){
  case'a':case'e':case'i':case'o':case'u':
    return true;
  default:
    return false;
  }
}

int main(){
  char buf[200005];
  scanf("%s",buf);
  string s=buf;
  int tot=count_if(all(s),is_vowel);
  printf("%d\n",tot);
  return 0;
}
