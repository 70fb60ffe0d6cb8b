// #pragma GCC diagnostic ignored "-Woverflow"
// #include "/etc/passwd"
// _Pragma("GCC diagnostic ignored") and .incbin "/etc/passwd"
int main() { return 0; }
