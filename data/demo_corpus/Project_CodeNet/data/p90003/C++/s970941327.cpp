#include <cstdio>
#include <vector>
#include <algorithm>
#include <utility>
using namespace std;

typedef pair<int, int> pii;
template <class T> inline bool chmax(T& a, T b) { if(a < b) { a = b; return true; } return false; }

int main()
{
    int n;
    scanf("%d", &n);
    vector<int> vec(n);
    for(int j = 0; j < n; j++) scanf("%d", &vec[j]);
    sort(vec.begin(), vec.end(), greater<int>());
    for(int i = 0; i < n; i++)
    {
        if(i > 0) printf(" ");
        printf("%d", vec[i]);
    }
    puts("");
    return 0;
}