// p90038
#include<bits/stdc++.h>

int main(){
    int e[3];
    for(int i=0;i<3;++i){
        std::cin>>e[i];
    }
    std::sort(e,e+3);
    if(e[0]+e[1]<=e[2]){
        std::cout<<-1<<std::endl;
    }
    else{
        double p=e[0]+e[1]+e[2];
        double area=sqrt(p*(p-2*e[0])*(p-2*e[1])*(p-2*e[2]))/4.0;
        std::cout<<std::fixed<<std::setprecision(6)<<area<<std::endl;
    }
}
