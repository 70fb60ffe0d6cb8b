#include<bits/stdc++.h>
using namespace std;

long long apply_op(char op, long long a, long long b)
{
  if(op == '+') return a + b;
  if(op == '-') return a - b;
  return a * b;
}

int main()
{
  vector<long long> st;
  string tok;
  while(cin >> tok)
  {
    if(isdigit(tok[0]))
    {
      st.push_back(atoll(tok.c_str()));
      continue;
    }
    long long b = st.back();
    st.pop_back();
    long long a = st.back();
    st.pop_back();
    st.push_back(apply_op(tok[0], a, b));
  }
  cout << st.back() << endl;
  return 0;
}