// Demo Contest 036 - Pangram
#include <cstdio>
#include <set>
#include <string>
using namespace std;

int main(void)
{
	int n;
	scanf("%d",&n);
	set<char>letters;
	while(n--)
	{
		char buf[105];
		scanf("%s",buf);
		string w=buf;
		letters.insert(w.begin(),w.end());
	}
	puts(letters.size()==26?"Yes":"No");
	return 0;
}
