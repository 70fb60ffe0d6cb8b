// p90096
#include <cstdio>
using namespace std;

int n,ret=0;
bool col[20],d1[40],d2[40];

// place a queen in row r and every row after it
void place(int r){
    if(r==n){
        ret++;
        return;
    }
    for(int c=0;c<n;c++){
        if(col[c]||d1[r+c]||d2[r-c+n])continue;
        col[c]=d1[r+c]=d2[r-c+n]=true;
        place(r+1);
        col[c]=d1[r+c]=d2[r-c+n]=false;
    }
}

void solve(){
    scanf("%d",&n);
    place(0);
    printf("%d\n",ret);
}

int main(){
    solve();
    return 0;
}
