#/**/ 1 "main.cpp" 3 4
int main() { char c = 300; return c; }
