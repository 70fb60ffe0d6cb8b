// Demo Contest 032 - Sudoku Check
#include<iostream>
using namespace std;

int main()
{
    ios_base::sync_with_stdio(false); cin.tie(NULL);
    int rows[9] = {0}, cols[9] = {0}, boxes[9] = {0};
    bool good = true;
    for (int i = 0; i < 9; i++)
    {
        for (int j = 0; j < 9; j++)
        {
            int d; cin >> d;
            int bit = 1 << d;
            int b = i / 3 * 3 + j / 3;
            if ((rows[i] & bit) || (cols[j] & bit) || (boxes[b] & bit)) good = false;
            rows[i] |= bit;
            cols[j] |= bit;
            boxes[b] |= bit;
        }
    }
    cout << ((good ? "Yes" : "No")) << endl;
    return 0;
}