/*
 * Reverse Polish Notation
 * 2019-04-29
 */
#include <cstdlib>
#include <iostream>
#include <string>
#include <utility>
#include <vector>
using namespace std;

#define fi first
#define se second
using P = pair<int, int>;
template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }

long long apply_op(char op, long long a, long long b) {
  if (op == '+') return a + b;
  if (op == '-') return a - b;
  return a * b;
}

int main() {
  ios::sync_with_stdio(0);
  vector<long long> st;
  string tok;
  while (cin >> tok) {
    if (isdigit(tok[0])) {
      st.push_back(atoll(tok.c_str()));
      continue;
    }
    long long b = st.back();
    st.pop_back();
    long long a = st.back();
    st.pop_back();
    st.push_back(apply_op(tok[0], a, b));
  }
  cout << st.back() << '\n';
}