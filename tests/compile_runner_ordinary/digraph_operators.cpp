#include <cstdio>
int main() <% int a<:3:> = <%1, 2, 3%>; if (a<:0:> == 1 and not (a<:1:> != 2)) std::puts("ok"); return 0; %>
