#pragma pack(push, 1)
struct P { char c; int i; };
#pragma pack(pop)
int main() { return sizeof(P) == 5 ? 0 : 1; }
