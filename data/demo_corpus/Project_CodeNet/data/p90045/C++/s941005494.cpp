#include<bits/stdc++.h>
using namespace std;

int main() {
   stack<long long> S;
   char buf[32];
   while(scanf("%s", buf) == 1) {
      string tok = buf;
      if(tok == "+" || tok == "-" || tok == "*") {
         long long b = S.top();
         S.pop();
         long long a = S.top();
         S.pop();
         if(tok == "+") S.push(a + b);
         else if(tok == "-") S.push(a - b);
         else S.push(a * b);
      } else {
         S.push(stoll(tok));
      }
   }
   printf("%lld\n", S.top());
}