#include <cmath>
#include <iomanip>
#include <iostream>
#include <vector>

void solve(){
  int a,b,c;
  std::cin>>a>>b>>c;
  if(a+b<=c||b+c<=a||a+c<=b){
    std::cout<<-1<<std::endl;
    return;
  }
  double s=(a+b+c)/2.0;
  double area=sqrt(s*(s-a)*(s-b)*(s-c));
  std::cout<<std::fixed<<std::setprecision(6)<<area<<std::endl;
}

int main(){
  std::ios::sync_with_stdio(0);
  std::cin.tie(0);
  solve();
  return 0;
}
