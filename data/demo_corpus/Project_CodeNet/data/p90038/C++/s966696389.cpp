// 2018-09-11
#include <cmath>
#include <cstdio>
using namespace std;

int main()
{
	int a,b,c;
	scanf("%d %d %d",&a,&b,&c);
	if(a+b<=c||b+c<=a||a+c<=b)
	{
		printf("%d\n",-1);
		return 0;
	}
	double s=(a+b+c)/2.0;
	double area=sqrt(s*(s-a)*(s-b)*(s-c));
	printf("%.6f\n",area);
	return 0;
}
