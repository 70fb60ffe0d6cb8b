// Demo Contest 016 - Binary
#include <iostream>
#include <bitset>
#include <string>
#include <cstdint>
#include <cmath>
using namespace std;

int main()
{
	int64_t n;
	cin>>n;
	string s=bitset<64>(n).to_string();
	// drop the leading zeros but keep at least one digit
	size_t first_one=s.find('1');
	if(first_one==string::npos)s="0";
	else s=s.substr(first_one+1);
	cout<<s<<endl;
	return 0;
}
