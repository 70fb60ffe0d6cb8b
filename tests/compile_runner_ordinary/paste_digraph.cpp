%:define CAT(a, b) a %:%: b
int main() { int CAT(x, y) = 0; return xy; }
