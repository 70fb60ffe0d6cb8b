%: 1 "main.cpp" 3
int main() { char c = 300; return c; }
