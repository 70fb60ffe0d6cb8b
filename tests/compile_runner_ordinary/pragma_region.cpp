#pragma region helpers
int twice(int x) { return 2 * x; }
#pragma endregion
int main() { return twice(0); }
