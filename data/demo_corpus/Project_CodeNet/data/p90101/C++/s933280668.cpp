#include <cstdio>
#include <queue>
#include <string>
using namespace std;

struct Patient
{
	int pri, order;
	string name;
	bool operator<(const Patient& o) const
	{
		if(pri != o.pri) return pri < o.pri;
		return order > o.order;
	}
};

int main(int argc, char* argv[])
{
	int qu;
	scanf("%d", &qu);
	priority_queue<Patient> pq
	int arrived = 0;
	while(qu--)
	{
		char buf[16];
		scanf("%s", buf);
		string cmd = buf;
		if(cmd[0] == 'a')
		{
			char tmp[16];
			scanf("%s", tmp);
			string name = tmp;
			int p;
			scanf("%d", &p);
			pq.push({p, arrived++, name});
		}
		else if(!pq.empty())
		{
			puts(pq.top().name.c_str());
			pq.pop();
		}
		else
		{
			puts("none");
		}
	}
	return 0;
}
