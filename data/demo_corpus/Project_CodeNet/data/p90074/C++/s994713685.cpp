#include<string>
#include<vector>
#include<iostream>

int H,W;
std::vector<std::string>board;

// cells reachable from (r, c), walled up as they are counted
int fill_from(int r,int c)
{
   if(r<0||r>=H||c<0||c>=W||board[r][c]!='.')return 0;
   board[r][c]='#';
   return 1+fill_from(r+1,c)+fill_from(r,c+1)+fill_from(r-1,c)+fill_from(r,c-1);
}

int main()
{
   std::cin>>H>>W;
   board.resize(H);
   for(int i=0;i<H;++i){
      std::string row;
      std::cin>>row;
      board[i]=row;
   }
   int best=0;
   for(int i=0;i<H;++i)for(int j=0;j<W;++j){
      int got=fill_from(i,j);
      if(best<got)best=got;
   }
   std::cout<<best<<"\n";
   return 0;
}