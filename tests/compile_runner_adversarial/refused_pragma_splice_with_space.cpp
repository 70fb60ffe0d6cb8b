#pragma GCC diag\  
nostic ignored "-Woverflow"
int main() { char c = 300; return c; }
