#include <iostream>
#include <vector>
#include <string>
#include <cstdlib>
using std::cin;
using std::string;
using std::vector;

long long apply_op(char op, long long a, long long b)
{
  if (op == '+') return a + b;
  if (op == '-') return a - b;
  return a * b;
}

int main(void)
{
  std::vector<long long> stack_;
  std::string tok;
  while (std::cin >> tok)
  {
    if (isdigit(tok[0]))
    {
      stack_.push_back(atoll(tok.c_str()));
      continue;
    }
    long long b = stack_.back();
    stack_.pop_back();
    long long a = stack_.back();
    stack_.pop_back();
    stack_.push_back(apply_op(tok[0], a, b));
  }
  std::cout << stack_.back() << std::endl;
}
