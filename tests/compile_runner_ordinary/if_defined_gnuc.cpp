#if defined(_WIN32) || defined(_WIN64)
#define OS 1
#elif defined(__GNUC__)
#define OS 2
#endif
int main() { return OS - 2; }
