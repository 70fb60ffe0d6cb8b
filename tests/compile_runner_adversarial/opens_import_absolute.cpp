#import "@SENTINEL@"
int main() {}
