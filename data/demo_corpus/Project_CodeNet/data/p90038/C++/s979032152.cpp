// 2018-10-25
#include <iostream>
#include <iomanip>
#include <algorithm>
#include <cmath>
#include <cstdlib>
using namespace std;

signed main(){
	ios::sync_with_stdio(false);cin.tie(NULL);
	int e[3];
	for(int i=0;i<3;++i){
		cin>>e[i];
	}
	sort(e,e+3);
	if(e[0]+e[1]<=e[2]){
		cout<<-1<<endl;
	}else{
		double p=e[0]+e[1]+e[2];
		double area=sqrt(p*(p-2*e[0])*(p-2*e[1])*(p-2*e[2]))/4.0;
		cout<<fixed<<setprecision(6)<<area<<endl;
	}
	return 0;
}
