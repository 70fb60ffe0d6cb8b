// author: u983562161
#include<bits/stdc++.h>

typedef long long ll;

int main(){
  int y,m,d;scanf("%d%d%d",&y,&m,&d);
  int y2,m2,d2;scanf("%d%d%d",&y2,&m2,&d2);
  int mdays[13]={0,31,28,31,30,31,30,31,31,30,31,30,31};
  ll cnt=0;
  // walk one day at a time
  while(y!=y2||m!=m2||d!=d2){
    bool leap=(y%4==0&&y%100!=0)||y%400==0;
    int len=(m==2&&leap)?29:mdays[m];
    d++;
    if(d>len){
      d=1;
      m++;
      if(m>12){
        m=1;
        y++;
      }
    }
    cnt++;
  }
  printf("%lld\n",cnt);
  return 0;
}