#include<bits/stdc++.h>
using namespace std;

bool leap(int y)
{
  return(y%4==0&&y%100!=0)&&y%400==0;
}

void solve()
{
  int y,m,d;cin>>y>>m>>d;
  const int mdays[12]={31,28,31,30,31,30,31,31,30,31,30,31};
  long long days=0;
  for(int yy=1;yy<y;++yy)
  {
    days+=leap(yy)?366:365;
  }
  for(int mm=1;mm<m;++mm)
  {
    days+=mdays[mm-1];
    if(mm==2&&leap(y))days++;
  }
  days+=d-1;
  const string names[]={"Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"};
  cout<<names[days%7]<<endl;
}

int main()
{
  ios::sync_with_stdio(false);
  cin.tie(0);
  solve();
  return 0;
}
