#define WHERE 7 "main.cpp"
#line WHERE
int main() { char c = 300; return c; }
