#include<bits/stdc++.h>
using namespace std;

#define ll long long
#define pb push_back
typedef vector<int> vi;
const long long LINF = 1LL << 60;

int main() {
   char buf[200005];
   scanf("%s", buf);
   string s = buf;
   int acc = 0;
   for (size_t i = 0; i < s.size(); i++) {
      acc += s[i] - '0';
   }
   printf("%d\n", acc);
}
