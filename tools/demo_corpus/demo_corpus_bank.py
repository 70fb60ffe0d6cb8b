r"""Problems and solution skeletons of the demo corpus (see demo_corpus.py beside it), written for compile-prefs.

Each problem has a short statement, samples (the first one also goes to derived/input_output) and
2-4 skeletons: genuinely different solutions, written once in a neutral style that the renderer
turns into many programmers' styles. Skeletons are C++ written as if under `using namespace std;`
(the renderer adds std:: where a style does not use it), indented by 4 spaces, braces on the same
line, plus a few directives:

    %need vector algorithm      headers the code needs when a style lists headers one by one
    %main                       everything above is global (helpers, structs), below is main's body
    %slow                       a correct but too slow solution: used only for Time Limit Exceeded
    %io scanf                   this skeleton only exists in one I/O style
    %verbatim c++98 WHY         a complete legacy program, as is: accepted under -std=c++98, not here
    i64                         a 64-bit integer, spelt long long / ll / LL / int64_t by the style
    @in T a b                   declare and read (T: int i64 dbl char str)
    @rd T e1 e2                 read into existing lvalues
    @rdvec T a n                read n elements into a
    @out T expr                 print one value and a newline (T also dbl.6 for 6 decimals)
    @outs T e1 | T e2           print values separated by spaces, then a newline
    @put T e / @sep i / @nl     print without newline / a space unless i == 0 / a newline
    @yn cond | "Yes" | "No"     print one of two strings
    @ret                        return from main (or from solve())
    @chmax a b / @chmin a b     a = max(a, b) as the style writes it
    @const T NAME VALUE         a global constant (const, constexpr, #define...)
    @rep(i, n) @for(i, a, b) @rrep(i, n) @all(v)    loops and v.begin(), v.end(), or their macros
    @if cin ... @else ... @end  lines for one I/O style only
    @{good@|wrong@|crash@}      variant 0 is the accepted program, 1 a wrong answer, 2 a runtime error
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    pid: str
    title: str
    statement: str
    input_spec: str
    output_spec: str
    samples: tuple[tuple[str, str], ...]
    skeletons: tuple[str, ...]
    dataset: str
    time_limit: int
    memory_limit: int
    contest_date: int
    tests: int
    max_len: int = 200005  # char buffer for strings read with scanf


_ALL: list[Problem] = []


def problem(title, statement, input_spec, output_spec, samples, skeletons, max_len=200005):
    i = len(_ALL)
    judge_a = i % 3 == 0
    date = int(dt.datetime(2013, 3, 1, tzinfo=dt.UTC).timestamp()) + i * 47 * 86400 + i * 3631
    _ALL.append(Problem(
        pid=f"p{90000 + i:05d}", title=title if judge_a else f"Demo Contest {i // 3 + 1:03d} - {title}",
        statement=statement, input_spec=input_spec, output_spec=output_spec,
        samples=tuple(samples), skeletons=tuple(skeletons),
        dataset="DemoJudgeA" if judge_a else "DemoJudgeB",
        time_limit=1000 if judge_a else 2000, memory_limit=131072 if judge_a else 1048576,
        contest_date=date, tests=4 + (i * 7) % 27, max_len=max_len,
    ))


# ---------------------------------------------------------------------------------------------
problem(
    "Sum of Pairs",
    "Given N pairs of integers, print the sum of each pair.",
    "N on the first line, then N lines with A B (1 &le; N &le; 1000, |A|, |B| &le; 10<sup>15</sup>).",
    "N lines: A + B for each pair.",
    [("3\n1 2\n-5 5\n1000000000000000 1000000000000000\n", "3\n0\n2000000000000000\n"),
     ("1\n7 -10\n", "-3\n")],
    [r"""
// add two 64-bit numbers
i64 add(i64 x, i64 y) {
    return x + y;
}
%main
@in int n
// read each pair and print its sum
@rep(i, n) {
    @in i64 a b
    i64 s = add(a, b);
    @out i64 @{s@|(int)s@}
}
""", r"""
%need vector
%main
@in int n
vector<i64> a(n), b(n);
@rep(i, n) {
    @rd i64 a[i] b[i]
}
vector<i64> ans(n);
@rep(i, n) {
    ans[i] = a[i] + b[i];
}
@rep(i, n) {
    @out i64 @{ans[i]@|a[i] + b[n - 1 - i]@}
}
""", r"""
%need vector
struct Query {
    i64 x, y;
    i64 total() const { return x + y; }
};
%main
@in int n
vector<Query> qs(n);
for (auto& e : qs) {
    @rd i64 e.x e.y
}
for (const auto& e : qs) {
    @out i64 @{e.total()@|e.x - e.y@}
}
"""])

problem(
    "Sum of a Sequence",
    "Print the sum of N integers.",
    "N, then a<sub>1</sub> ... a<sub>N</sub> (1 &le; N &le; 2&times;10<sup>5</sup>, |a<sub>i</sub>| &le; 10<sup>9</sup>).",
    "The sum.",
    [("5\n1 2 3 4 5\n", "15\n"), ("3\n1000000000 1000000000 1000000000\n", "3000000000\n"), ("1\n-7\n", "-7\n")],
    [r"""
%need vector
i64 total(const vector<i64>& a) {
    @{i64@|int@} sum = 0;
    for (i64 x : a) {
        sum += x;
    }
    return sum;
}
%main
@in int n
vector<i64> a(n);
@rdvec i64 a n
i64 ans = total(a);
@out i64 ans
""", r"""
%need vector numeric
%main
@in int n
vector<i64> a(n);
@rdvec i64 a n
// accumulate with a 64-bit initial value, 0 would overflow
i64 sum = accumulate(@all(a), @{0LL@|0LL + a[0]@});
@out i64 sum
""", r"""
%main
@in int n
i64 sum = 0;
i64 mx = -1000000001;
@rep(i, n) {
    @in i64 x
    sum += x;
    @chmax mx x
}
// mx is not needed for the answer, but handy when debugging
@out i64 @{sum@|sum - (n > 1 ? mx : 0)@}
"""])

problem(
    "GCD and LCM",
    "Print the greatest common divisor and the least common multiple of a and b.",
    "a b (1 &le; a, b &le; 10<sup>9</sup>).",
    "gcd(a, b) and lcm(a, b) separated by a space.",
    [("12 18\n", "6 36\n"), ("7 13\n", "1 91\n"), ("1000000000 999999999\n", "1 999999999000000000\n")],
    [r"""
i64 gcd(i64 a, i64 b) {
    @{if (b == 0) return a;@|if (b == 0) return a;@|if (a == 0) return b;@}
    return gcd(b, a % b);
}

i64 lcm(i64 a, i64 b) {
    // divide first so that the product does not overflow
    return a / gcd(a, b) * b;
}
%main
@in i64 a b
i64 g = gcd(a, b);
i64 l = lcm(a, b);
@outs i64 g | i64 @{l@|a * b@}
""", r"""
%main
@in i64 a b
i64 x = a, y = b;
while (y @{!= 0@|> 1@}) {
    i64 r = x % y;
    x = y;
    y = r;
}
// x is the gcd now
i64 l = a / x * b;
@outs i64 x | i64 l
""", r"""
%need algorithm
i64 binary_gcd(i64 a, i64 b) {
    if (a == 0) return b;
    if (b == 0) return a;
    int shift = __builtin_ctzll(a | b);
    a >>= __builtin_ctzll(a);
    while (b != 0) {
        b >>= __builtin_ctzll(b);
        if (a > b) swap(a, b);
        b -= a;
    }
    return a << @{shift@|(shift + 1)@};
}
%main
@in i64 a b
i64 g = binary_gcd(a, b);
@outs i64 g | i64 a / g * b
"""])

problem(
    "Sorting Numbers",
    "Sort N integers in ascending order.",
    "N, then N integers (1 &le; N &le; 2&times;10<sup>5</sup>, |a<sub>i</sub>| &le; 10<sup>9</sup>).",
    "The sorted integers separated by spaces.",
    [("5\n3 1 4 1 5\n", "1 1 3 4 5\n"), ("1\n42\n", "42\n"), ("4\n-2 10 0 -2\n", "-2 -2 0 10\n")],
    [r"""
%need vector algorithm
%main
@in int n
vector<int> a(n);
@rdvec int a n
@{sort(@all(a));@|sort(@all(a), greater<int>());@}
@rep(i, n) {
    @sep i
    @put int a[i]
}
@nl
""", r"""
%need vector queue functional
%main
@in int n
priority_queue<int, vector<int>, greater<int>> q;
@rep(i, n) {
    @in int x
    q.push(x);
}
bool first = true;
while (!q.empty()) {
    if (!first) {
        @put str " "
    }
    first = false;
    @put int q.top()
    q.pop();
}
@nl
""", r"""
%need map
%main
@in int n
map<int, int> cnt;
@rep(i, n) {
    @in int x
    cnt[x]++;
}
int printed = 0;
for (auto& kv : cnt) {
    for (int k = 0; k < kv.second; k++) {
        if (printed++) {
            @put str " "
        }
        @put int kv.first
    }
}
@nl
""", r"""
%slow
%need vector
%main
@in int n
vector<int> a(n);
@rdvec int a n
// bubble sort: fine for small n
@rep(i, n) {
    for (int j = 0; j + 1 < n - i; j++) {
        if (a[j] > a[j + 1]) swap(a[j], a[j + 1]);
    }
}
@rep(i, n) {
    @sep i
    @put int a[i]
}
@nl
"""])

problem(
    "Range Sum Queries",
    "Answer Q queries: the sum of a<sub>l</sub> ... a<sub>r</sub>.",
    "N Q, then a<sub>1</sub> ... a<sub>N</sub>, then Q lines l r (1 &le; l &le; r &le; N &le; 2&times;10<sup>5</sup>, Q &le; 2&times;10<sup>5</sup>, |a<sub>i</sub>| &le; 10<sup>9</sup>).",
    "One sum per line.",
    [("5 3\n1 2 3 4 5\n1 5\n2 3\n4 4\n", "15\n5\n4\n"), ("3 2\n-1 -2 -3\n1 1\n1 3\n", "-1\n-6\n")],
    [r"""
%need vector
%main
@in int n q
vector<i64> pre(@{n + 1@|n + 1@|0@}, 0);
@rep(i, n) {
    @in i64 x
    pre[i + 1] = pre[i] + x;
}
while (q--) {
    @in int l r
    @out i64 @{pre[r] - pre[l - 1]@|pre[r] - pre[l]@}
}
""", r"""
%need vector
struct Fenwick {
    int n;
    vector<i64> t;
    Fenwick(int n) : n(n), t(n + 1, 0) {}
    void add(int i, i64 v) {
        for (; i <= n; i += i & -i) t[i] += v;
    }
    i64 sum(int i) const {
        i64 s = 0;
        for (; i > 0; i -= i & -i) s += t[i];
        return s;
    }
};
%main
@in int n q
Fenwick bit(n);
@for(i, 1, n + 1) {
    @in i64 x
    bit.add(i, x);
}
@rep(k, q) {
    @in int l r
    @out i64 bit.sum(r) - bit.sum(@{l - 1@|l@})
}
""", r"""
%slow
%need vector
%main
@in int n q
vector<i64> a(n);
@rdvec i64 a n
@rep(k, q) {
    @in int l r
    i64 sum = 0;
    @for(i, l - 1, r) {
        sum += a[i];
    }
    @out i64 sum
}
"""])

problem(
    "Maze",
    "Find the minimum number of moves from the top-left to the bottom-right cell of a grid, moving up, down, left or right through '.' cells.",
    "H W, then H lines of W characters '.' (free) or '#' (wall) (1 &le; H, W &le; 1000).",
    "The minimum number of moves, or -1 if the goal cannot be reached.",
    [("3 3\n..#\n#..\n...\n", "4\n"), ("2 2\n.#\n#.\n", "-1\n"), ("1 1\n.\n", "0\n")],
    [r"""
%need vector queue string utility
%main
@in int H W
vector<string> grid(H);
@rep(i, H) {
    @in str row
    grid[i] = row;
}
vector<vector<int>> dist(H, vector<int>(W, -1));
queue<pair<int, int>> q;
if (grid[0][0] == '.') {
    dist[0][0] = 0;
    q.push(make_pair(0, 0));
}
int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
while (!q.empty()) {
    auto [r, c] = q.front();
    q.pop();
    @rep(k, 4) {
        int nr = r + dr[k], nc = c + dc[k];
        if (nr < 0 || nr >= H || nc < 0 || nc >= W) continue;
        if (grid[nr][nc] == '#' || dist[nr][nc] != -1) continue;
        dist[nr][nc] = dist[r][c] + 1;
        q.push(make_pair(nr, nc));
    }
}
@out int dist[H - 1][W - 1]@{@| + 1@}
""", r"""
%need queue string cstring
const int MAXN = 1005;
int H, W;
char grid[MAXN][MAXN];
int dist[MAXN][MAXN];
const int dx[4] = {1, 0, -1, 0};
const int dy[4] = {0, 1, 0, -1};

struct Cell {
    int x, y;
};
%main
@rd int H W
@rep(i, H) {
    @in str row
    @rep(j, W) grid[i][j] = row[j];
}
memset(dist, -1, sizeof(dist));
queue<Cell> q;
dist[0][0] = 0;
q.push({0, 0});
while (!q.empty()) {
    Cell c = q.front();
    q.pop();
    @rep(d, 4) {
        int nx = c.x + dx[d], ny = c.y + dy[d];
        if (nx < 0 || ny < 0 || nx >= H || ny >= W) continue;
        if (grid[nx][ny] != '.' || dist[nx][ny] >= 0) continue;
        dist[nx][ny] = dist[c.x][c.y] + 1;
        q.push({nx, ny});
    }
}
@out int dist[H - 1][W - 1]
""", r"""
%need deque vector string
%main
@in int H W
vector<string> grid(H);
@rep(i, H) {
    @in str line
    grid[i] = line;
}
const int INF = 1 << 29;
vector<int> dist(H * W, INF);
deque<int> dq;
dist[0] = 0;
dq.push_back(0);
while (!dq.empty()) {
    int v = dq.front();
    dq.pop_front();
    int r = v / W, c = v % W;
    int nbr[4][2] = {{r + 1, c}, {r - 1, c}, {r, c + 1}, {r, c - 1}};
    for (auto& p : nbr) {
        int nr = p[0], nc = p[1];
        if (nr < 0 || nr >= H || nc < 0 || nc >= W || grid[nr][nc] == '#') continue;
        if (dist[nr * W + nc] > dist[v] + 1) {
            dist[nr * W + nc] = dist[v] + 1;
            dq.push_back(nr * W + nc);
        }
    }
}
int ans = dist[H * W - 1];
@out int ans == INF ? @{-1@|0@} : ans
"""])

problem(
    "Counting Islands",
    "Count the connected groups of '#' cells (cells sharing a side are connected).",
    "H W, then H lines of W characters '#' or '.' (1 &le; H, W &le; 500).",
    "The number of groups.",
    [("4 5\n##..#\n#...#\n..#..\n....#\n", "4\n"), ("1 1\n.\n", "0\n"), ("2 2\n##\n##\n", "1\n")],
    [r"""
%need vector string
int H, W;
vector<string> grid;
vector<vector<bool>> vis;

void dfs(int r, int c) {
    if (r < 0 || r >= H || c < 0 || c >= W) return;
    if (grid[r][c] != '#' || vis[r][c]) return;
    vis[r][c] = true;
    dfs(r + 1, c);
    dfs(r - 1, c);
    dfs(r, c + 1);
    dfs(r, c - 1);
}
%main
@rd int H W
grid.resize(H);
@rep(i, H) {
    @in str row
    grid[i] = row;
}
vis.assign(H, vector<bool>(W, false));
int cnt = 0;
@rep(i, H) @rep(j, W) {
    if (grid[i][j] == '#' && !vis[i][j]) {
        dfs(i, j);
        cnt++;
    }
}
@out int cnt
""", r"""
%need vector string queue utility
%main
@in int H W
vector<string> grid(H);
@rep(i, H) {
    @in str row
    grid[i] = row;
}
int cnt = 0;
const int dr[] = {0, 0, 1, -1};
const int dc[] = {1, -1, 0, 0};
@rep(i, H) {
    @rep(j, W) {
        if (grid[i][j] != '#') continue;
        cnt++;
        // flood the island so it is not counted again
        queue<pair<int, int>> q;
        q.push({i, j});
        grid[i][j] = '.';
        while (!q.empty()) {
            auto cur = q.front();
            q.pop();
            @rep(k, 4) {
                int r = cur.first + dr[k], c = cur.second + dc[k];
                if (r >= 0 && r < H && c >= 0 && c < W && grid[r][c] == '#') {
                    grid[r][c] = '.';
                    q.push({r, c});
                }
            }
        }
    }
}
@out int @{cnt@|cnt + 1@}
""", r"""
%need vector string numeric
struct DSU {
    vector<int> par;
    DSU(int n) : par(n) { iota(@all(par), 0); }
    int root(int x) { return par[x] == x ? x : par[x] = root(par[x]); }
    bool unite(int a, int b) {
        a = root(a);
        b = root(b);
        if (a == b) return false;
        par[a] = b;
        return true;
    }
};
%main
@in int H W
vector<string> grid(H);
@rep(i, H) {
    @in str row
    grid[i] = row;
}
DSU uf(H * W);
int cnt = 0;
@rep(i, H) @rep(j, W) {
    if (grid[i][j] != '#') continue;
    cnt++;
    if (i > 0 && grid[i - 1][j] == '#' && uf.unite(i * W + j, (i - 1) * W + j)) cnt--;
    if (j > 0 && grid[i][j - 1] == '#' && uf.unite(i * W + j, i * W + j - 1)) cnt@{--@|++@};
}
@out int cnt
"""])

problem(
    "Knapsack",
    "Choose items with total weight at most W maximizing the total value.",
    "N W, then N lines w<sub>i</sub> v<sub>i</sub> (1 &le; N &le; 100, 1 &le; W &le; 10<sup>4</sup>, 1 &le; w<sub>i</sub> &le; W, 1 &le; v<sub>i</sub> &le; 10<sup>9</sup>).",
    "The maximum total value.",
    [("4 5\n2 3\n1 2\n3 4\n2 2\n", "7\n"), ("1 1\n2 10\n", "0\n"), ("3 10\n5 1000000000\n5 1000000000\n5 1\n", "2000000000\n")],
    [r"""
%need vector
%main
@in int n W
vector<int> w(n);
vector<i64> v(n);
@rep(i, n) {
    @rd int w[i]
    @rd i64 v[i]
}
// dp[i][j]: best value using the first i items with weight at most j
vector<vector<i64>> dp(n + 1, vector<i64>(W + 1, 0));
@rep(i, n) {
    for (int j = 0; j <= W; j++) {
        dp[i + 1][j] = dp[i][j];
        if (j >= w[i]) {
            @chmax dp[i + 1][j] dp[i][j - w[i]] + v[i]
        }
    }
}
@out i64 dp[n][@{W@|W - 1@}]
""", r"""
%need vector algorithm
%main
@in int n W
vector<i64> dp(W + 1, 0);
@rep(i, n) {
    @in int w
    @in i64 v
    // go down so that each item is used at most once
    @{for (int j = W; j >= w; j--)@|for (int j = w; j <= W; j++)@} {
        dp[j] = max(dp[j], dp[j - w] + v);
    }
}
@out i64 *max_element(@all(dp))
""", r"""
%need vector cstring
int n, W;
int w[105];
i64 v[105];
i64 memo[105][10005];
bool done[105][10005];

i64 solve_from(int i, int cap) {
    if (i == n) return 0;
    if (done[i][cap]) return memo[i][cap];
    i64 best = solve_from(i + 1, cap);
    if (w[i] <= cap) {
        i64 take = solve_from(i + 1, cap - w[i]) + v[i];
        if (take > best) best = take;
    }
    done[i][cap] = true;
    return memo[i][cap] = best;
}
%main
@rd int n W
@rep(i, n) {
    @rd int w[i]
    @rd i64 v[i]
}
@out i64 solve_from(0, W)
"""])

problem(
    "Longest Increasing Subsequence",
    "Find the length of the longest strictly increasing subsequence.",
    "N, then a<sub>1</sub> ... a<sub>N</sub> (1 &le; N &le; 2&times;10<sup>5</sup>, 0 &le; a<sub>i</sub> &le; 10<sup>9</sup>).",
    "The length.",
    [("8\n3 1 4 1 5 9 2 6\n", "4\n"), ("5\n5 4 3 2 1\n", "1\n"), ("6\n1 1 1 2 2 2\n", "2\n")],
    [r"""
%need vector algorithm
%main
@in int n
vector<int> a(n);
@rdvec int a n
// tails[k]: smallest tail of an increasing subsequence of length k + 1
vector<int> tails;
for (int x : a) {
    auto it = @{lower_bound@|upper_bound@}(@all(tails), x);
    if (it == tails.end()) {
        tails.push_back(x);
    } else {
        *it = x;
    }
}
@out int (int)tails.size()
""", r"""
%need vector
%main
@in int n
vector<int> a(n);
@rdvec int a n
const int INF = 1 << 30;
vector<int> d(@{n + 1@|n + 1@|0@}, INF);
int len = 0;
@rep(i, n) {
    int lo = 0, hi = len;
    // first position with d[pos] >= a[i]
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (d[mid] @{<@|<=@} a[i]) lo = mid + 1;
        else hi = mid;
    }
    d[lo] = a[i];
    if (lo == len) len++;
}
@out int len
""", r"""
%slow
%need vector algorithm
%main
@in int n
vector<int> a(n);
@rdvec int a n
vector<int> dp(n, 1);
int ans = 0;
@rep(i, n) {
    @rep(j, i) {
        if (a[j] < a[i]) {
            @chmax dp[i] dp[j] + 1
        }
    }
    @chmax ans dp[i]
}
@out int ans
"""])

problem(
    "Longest Common Subsequence",
    "Find the length of the longest common subsequence of two strings.",
    "Two lines with strings s and t of lowercase letters (1 &le; |s|, |t| &le; 3000).",
    "The length.",
    [("abcde\nace\n", "3\n"), ("abc\ndef\n", "0\n"), ("axyb\nabyxb\n", "3\n")],
    [r"""
%need vector string algorithm
%main
@in str s t
int n = s.size(), m = t.size();
vector<vector<int>> dp(n + 1, vector<int>(m + 1, 0));
@rep(i, n) {
    @rep(j, m) {
        if (s[i] == t[j]) {
            dp[i + 1][j + 1] = dp[i][j] + 1;
        } else {
            dp[i + 1][j + 1] = max(dp[i][j + 1], dp[i + 1][j]);
        }
    }
}
@out int dp[n][@{m@|m - 1@}]
""", r"""
%need vector string algorithm
%main
@in str s t
int m = t.size();
// two rows are enough: the previous one and the current one
vector<int> prev_row(m + 1, 0), cur(m + 1, 0);
for (char ch : s) {
    @rep(j, @{m@|m - 1@}) {
        if (ch == t[j]) cur[j + 1] = prev_row[j] + 1;
        else cur[j + 1] = max(prev_row[j + 1], cur[j]);
    }
    swap(prev_row, cur);
}
@out int prev_row[m]
""", r"""
%need string algorithm
static int dp[3005][3005];
%main
@in str s t
int n = s.length(), m = t.length();
for (int i = 1; i <= n; i++) {
    for (int j = 1; j <= m; j++) {
        if (s[i - 1] == t[j - 1]) dp[i][j] = dp[i - 1][j - 1] + 1;
        else dp[i][j] = max(dp[i - 1][j], dp[i][j - 1]);
    }
}
@out int dp[n][m]@{@| + (s[0] == t[0])@}
"""], max_len=3005)

problem(
    "Counting Small Elements",
    "For each query x, count the elements of the array that are at most x.",
    "N Q, then a<sub>1</sub> ... a<sub>N</sub>, then Q lines with x (1 &le; N, Q &le; 2&times;10<sup>5</sup>, 0 &le; a<sub>i</sub>, x &le; 10<sup>9</sup>).",
    "One count per line.",
    [("5 3\n5 1 3 3 9\n3\n0\n10\n", "3\n0\n5\n"), ("1 2\n7\n7\n6\n", "1\n0\n")],
    [r"""
%need vector algorithm
%main
@in int n q
vector<int> a(n);
@rdvec int a n
sort(@all(a));
while (q--) {
    @in int x
    // number of elements <= x
    int cnt = @{upper_bound@|lower_bound@}(@all(a), x) - a.begin();
    @out int cnt
}
""", r"""
%need vector algorithm
int count_le(const vector<int>& a, int x) {
    int lo = -1, hi = a.size();
    while (hi - lo > 1) {
        int mid = (lo + hi) / 2;
        if (a[mid] <= x) lo = mid;
        else hi = mid;
    }
    return @{lo + 1@|lo@};
}
%main
@in int n q
vector<int> a(n);
@rdvec int a n
sort(@all(a));
@rep(i, q) {
    @in int x
    @out int count_le(a, x)
}
""", r"""
%slow
%need vector
%main
@in int n q
vector<int> a(n);
@rdvec int a n
@rep(k, q) {
    @in int x
    int cnt = 0;
    @rep(i, n) if (a[i] <= x) cnt++;
    @out int cnt
}
""", r"""
%verbatim c++11 std::bind2nd is deprecated (a warning)
#include <cstdio>
#include <algorithm>
#include <functional>
using namespace std;

int a[200005];

int main()
{
    int n, q;
    scanf("%d %d", &n, &q);
    for (int i = 0; i < n; i++) scanf("%d", &a[i]);
    while (q--) {
        int x;
        scanf("%d", &x);
        int c = count_if(a, a + n, bind2nd(less_equal<int>(), x));
        printf("%d\n", c);
    }
    return 0;
}
"""])

problem(
    "Counting Primes",
    "Count the prime numbers that are at most N.",
    "N (1 &le; N &le; 10<sup>7</sup>).",
    "The number of primes p &le; N.",
    [("10\n", "4\n"), ("1\n", "0\n"), ("100\n", "25\n"), ("49\n", "15\n")],
    [r"""
%need vector
%main
@in int n
vector<bool> is_prime(n + 1, true);
is_prime[0] = false;
if (n >= 1) is_prime[1] = false;
for (int i = 2; (i64)i * i @{<=@|<@} n; i++) {
    if (!is_prime[i]) continue;
    for (int j = i * i; j <= n; j += i) is_prime[j] = false;
}
int cnt = 0;
for (int i = 2; i <= n; i++) {
    if (is_prime[i]) cnt++;
}
@out int cnt
""", r"""
%need vector
%main
@in int n
// linear sieve: every composite is crossed out once, by its smallest prime factor
vector<int> lp(n + 1, 0), primes;
for (int i = 2; i <= n; i++) {
    if (lp[i] == 0) {
        lp[i] = i;
        primes.push_back(i);
    }
    for (int p : primes) {
        if (p > lp[i] || (i64)i * p > n) break;
        lp[i * p] = p;
    }
}
@out int (int)primes.size()@{@| - (n >= 4)@}
""", r"""
%need cstring
static char composite[10000001];
%main
@in int n
int cnt = 0;
for (int i = 2; i <= n; i++) {
    if (composite[i]) continue;
    cnt++;
    for (i64 j = (i64)i * i; j <= n; j += i) {
        composite[j] = 1;
    }
}
@out int cnt
""", r"""
%slow
bool is_prime(int x) {
    if (x < 2) return false;
    for (int d = 2; d < x; d++) {
        if (x % d == 0) return false;
    }
    return true;
}
%main
@in int n
int cnt = 0;
for (int i = 1; i <= n; i++) {
    if (is_prime(i)) cnt++;
}
@out int cnt
""", r"""
%verbatim gnu++11 the register storage class is not allowed in C++17 (a warning)
#include <stdio.h>
#include <string.h>

static char sieve[10000001];

int main(void)
{
    register int i, j;
    int n, cnt = 0;
    scanf("%d", &n);
    memset(sieve, 1, sizeof(sieve));
    for (i = 2; i <= n; i++) {
        if (!sieve[i]) continue;
        cnt++;
        for (j = i + i; j <= n; j += i) sieve[j] = 0;
    }
    printf("%d\n", cnt);
    return 0;
}
"""])

problem(
    "Palindrome",
    "Decide whether a string reads the same forwards and backwards.",
    "A string s of lowercase letters (1 &le; |s| &le; 10<sup>5</sup>).",
    "Yes or No.",
    [("racecar\n", "Yes\n"), ("ab\n", "No\n"), ("a\n", "Yes\n"), ("abca\n", "No\n"), ("abba\n", "Yes\n")],
    [r"""
%need string
bool is_palindrome(const string& s) {
    int i = 0, j = (int)s.size() - 1;
    while (i < j) {
        if (s[i] != s[j]) return false;
        i++;
        j--;
    }
    return true;
}
%main
@in str s
@yn @{is_palindrome(s)@|s[0] == s[s.size() - 1]@} | "Yes" | "No"
""", r"""
%need string algorithm
%main
@in str s
string r = s;
reverse(@all(r));
// a palindrome equals its reverse
bool ok = @{(s == r)@|(s.size() % 2 == 1)@};
@if cin
cout << (ok ? "Yes" : "No") << endl;
@else
printf("%s\n", ok ? "Yes" : "No");
@end
""", r"""
%need string algorithm
%main
@in str s
int n = s.size();
bool ok = true;
@rep(i, n / 2) {
    if (s[i] != s[n - 1 - i]) {
        ok = false;
        break;
    }
}
@yn ok | "Yes" | "No"
""", r"""
%verbatim c++98 gets() no longer exists (an error)
#include <stdio.h>
#include <string.h>

char s[100005];

int main()
{
    gets(s);
    int n = strlen(s);
    int ok = 1;
    for (int i = 0; i < n / 2; i++)
        if (s[i] != s[n - 1 - i]) ok = 0;
    puts(ok ? "Yes" : "No");
    return 0;
}
"""])

problem(
    "Union Find",
    "Process queries on N elements: '0 a b' joins the groups of a and b, '1 a b' asks whether a and b are in the same group.",
    "N Q, then Q lines 'c a b' (1 &le; N, Q &le; 2&times;10<sup>5</sup>, 0 &le; a, b &lt; N).",
    "For each query of type 1, print 1 if a and b are in the same group and 0 otherwise.",
    [("5 6\n0 1 2\n1 1 2\n1 0 2\n0 2 3\n1 1 3\n1 4 0\n", "1\n0\n1\n0\n"), ("2 2\n1 0 1\n1 1 1\n", "0\n1\n"), ("4 5\n0 0 1\n0 2 3\n0 1 3\n1 0 2\n1 0 3\n", "1\n1\n")],
    [r"""
%need vector
struct UnionFind {
    vector<int> par, sz;
    UnionFind(int n) : par(n), sz(n, 1) {
        for (int i = 0; i < n; i++) par[i] = i;
    }
    int find(int x) {
        while (par[x] != x) {
            par[x] = par[par[x]];
            x = par[x];
        }
        return x;
    }
    void unite(int a, int b) {
        a = find(a);
        b = find(b);
        if (a == b) return;
        if (sz[a] < sz[b]) swap(a, b);
        par[b] = a;
        sz[a] += sz[b];
    }
    bool same(int a, int b) { return @{find(a) == find(b)@|par[a] == par[b]@}; }
};
%main
@in int n q
UnionFind uf(n);
while (q--) {
    @in int c a b
    if (c == 0) uf.unite(a, b);
    else {
        @out int uf.same(a, b) ? 1 : 0
    }
}
""", r"""
const int MAXN = 200005;
int par[MAXN], rnk[MAXN];

int root(int x) {
    if (par[x] == x) return x;
    return par[x] = root(par[x]);
}

void unite(int x, int y) {
    x = root(x);
    y = root(y);
    if (x == y) return;
    if (rnk[x] < rnk[y]) par[x] = y;
    else {
        par[y] = x;
        if (rnk[x] == rnk[y]) rnk[x]++;
    }
}
%main
@in int n q
@rep(i, n) par[i] = i;
@rep(i, q) {
    @in int com x y
    if (com == 0) {
        unite(x, y);
    } else {
        @out int @{(root(x) == root(y))@|(par[x] == par[y])@}
    }
}
""", r"""
%need vector functional numeric
%main
@in int n q
vector<int> par(n);
iota(@all(par), 0);
function<int(int)> find_root = [&](int v) {
    return par[v] == v ? v : par[v] = find_root(par[v]);
};
@rep(i, q) {
    @in int t a b
    int ra = find_root(a), rb = find_root(b);
    if (t == 0) {
        par[ra] = rb;
        continue;
    }
    @out int @{ra == rb@|a == b@}
}
"""])

problem(
    "Shortest Paths",
    "Find the shortest distance from vertex 0 to every vertex of a weighted directed graph.",
    "N M, then M lines u v w: an edge from u to v of weight w (1 &le; N, M &le; 2&times;10<sup>5</sup>, 0 &le; w &le; 10<sup>9</sup>).",
    "N lines: the distance to vertex i, or INF if it cannot be reached.",
    [("4 5\n0 1 1\n0 2 4\n1 2 2\n2 3 1\n1 3 5\n", "0\n1\n3\n4\n"), ("3 1\n0 1 7\n", "0\n7\nINF\n")],
    [r"""
%need vector queue functional utility
%main
@in int n m
vector<vector<pair<int, i64>>> G(@{n@|n@|0@});
@rep(i, m) {
    @in int u v
    @in i64 w
    G[u].push_back({v, w});
}
const i64 INF = 1LL << 60;
vector<i64> dist(n, INF);
priority_queue<pair<i64, int>, vector<pair<i64, int>>, greater<pair<i64, int>>> pq;
dist[0] = 0;
pq.push({0, 0});
while (!pq.empty()) {
    auto [d, u] = pq.top();
    pq.pop();
    if (d > dist[u]) continue;
    for (auto [v, w] : G[u]) {
        if (dist[u] + w < dist[v]) {
            dist[v] = dist[u] + @{w@|1@};
            pq.push({dist[v], v});
        }
    }
}
@rep(i, n) {
    if (dist[i] == INF) {
        @out str "INF"
    } else {
        @out i64 dist[i]
    }
}
""", r"""
%need vector set utility
struct Edge {
    int to;
    i64 cost;
};
%main
@in int n m
vector<vector<Edge>> G(n);
@rep(i, m) {
    @in int u v
    @in i64 w
    G[u].push_back({v, w});
}
vector<i64> dist(n, -1);
set<pair<i64, int>> todo;
dist[0] = 0;
todo.insert({0, 0});
while (!todo.empty()) {
    int u = todo.begin()->second;
    todo.erase(todo.begin());
    for (const Edge& e : G[u]) {
        i64 nd = dist[u] + e.cost;
        if (dist[e.to] == -1 || nd < dist[e.to]) {
            if (dist[e.to] != -1) todo.erase({dist[e.to], e.to});
            dist[e.to] = nd;
            todo.insert({nd, e.to});
        }
    }
}
@rep(i, n) {
    if (dist[i] < 0) {
        @out str @{"INF"@|"-1"@}
    } else {
        @out i64 dist[i]
    }
}
""", r"""
%need vector queue
struct State {
    i64 d;
    int v;
    bool operator<(const State& o) const { return d > o.d; }
};
%main
@in int n m
vector<vector<pair<int, i64>>> G(n);
@rep(i, m) {
    @in int u v
    @in i64 w
    G[u].emplace_back(v, w);
}
vector<i64> dist(n, -1);
priority_queue<State> pq;
pq.push({0, 0});
while (!pq.empty()) {
    State s = pq.top();
    pq.pop();
    if (dist[s.v] != -1) continue;
    dist[s.v] = s.d;
    for (auto& e : G[s.v]) {
        if (dist[e.first] == -1) pq.push({s.d + e.second, e.first});
    }
}
@rep(i, n) {
    if (dist[i] @{< 0@|<= 0@}) {
        @out str "INF"
    } else {
        @out i64 dist[i]
    }
}
"""])

problem(
    "Bit Count",
    "For each number, print how many bits are set in its binary representation.",
    "Q, then Q lines with x (1 &le; Q &le; 10<sup>5</sup>, 0 &le; x &lt; 2<sup>63</sup>).",
    "Q lines: the number of 1 bits of x.",
    [("3\n0\n7\n1023\n", "0\n3\n10\n"), ("1\n9223372036854775807\n", "63\n")],
    [r"""
%main
@in int q
@rep(i, q) {
    @in i64 x
    // the builtin counts the bits of an unsigned long long
    int bits = @{__builtin_popcountll(x)@|__builtin_popcount(x)@};
    @out int bits
}
""", r"""
int popcount(i64 x) {
    int cnt = 0;
    while (x > 0) {
        x &= x - 1;
        cnt++;
    }
    return cnt;
}
%main
@in int q
while (q--) {
    @in i64 x
    @out int @{popcount(x)@|popcount(x >> 1)@}
}
""", r"""
%need bitset
%main
@in int q
@rep(i, q) {
    @in i64 x
    bitset<64> b(x);
    @out int (int)b.count()
}
""", r"""
%main
@in int q
@rep(k, q) {
    @in i64 x
    int cnt = 0;
    @rep(i, @{63@|62@}) {
        if (x >> i & 1) cnt++;
    }
    @out int cnt
}
"""])

problem(
    "Robot Walk",
    "A robot starts at (0, 0) and follows a string of moves U, D, L, R (U increases y, R increases x). Print its final position.",
    "A string of U, D, L and R (1 &le; length &le; 10<sup>5</sup>).",
    "x y.",
    [("URRDL\n", "1 0\n"), ("LLLL\n", "-4 0\n"), ("UUDU\n", "0 2\n")],
    [r"""
%need string
%main
@in str s
int x = 0, y = 0;
for (char c : s) {
    switch (c) {
    case 'U':
        y++;
        break;
    case 'D':
        y@{--@|++@};
        break;
    case 'L':
        x--;
        break;
    case 'R':
        x++;
        break;
    }
}
@outs int x | int y
""", r"""
%need string map utility
%main
@in str s
map<char, pair<int, int>> delta;
delta['U'] = {0, 1};
delta['D'] = {0, -1};
delta['L'] = {-1, 0};
delta['R'] = {1, 0};
int x = 0, y = 0;
for (size_t i = 0; i < s.size(); i++) {
    x += delta[s[i]].first;
    y += delta[s[i]].second;
}
@outs int @{x@|y@} | int @{y@|x@}
""", r"""
%need string algorithm
%main
@in str s
// only the counts matter, not the order
int u = count(@all(s), 'U');
int d = count(@all(s), 'D');
int l = count(@all(s), 'L');
int r = count(@all(s), 'R');
int x = r - l;
int y = u - d;
@outs int x | int y
"""])

problem(
    "Short Subarrays",
    "Count the contiguous subarrays whose sum is at most K.",
    "N K, then N positive integers (1 &le; N &le; 2&times;10<sup>5</sup>, 0 &le; K &le; 10<sup>15</sup>, 1 &le; a<sub>i</sub> &le; 10<sup>9</sup>).",
    "The number of subarrays.",
    [("4 5\n1 2 3 4\n", "6\n"), ("3 100\n1 1 1\n", "6\n"), ("2 0\n1 1\n", "0\n")],
    [r"""
%need vector
%main
@in int n
@in i64 k
vector<i64> a(n);
@rdvec i64 a n
i64 ans = 0, sum = 0;
int left = 0;
// window [left, right] with sum <= k
@rep(right, n) {
    sum += a[right];
    while (left <= right && sum > k) {
        sum -= a[left];
        left++;
    }
    ans += right - left + @{1@|0@};
}
@out i64 ans
""", r"""
%need vector algorithm
%main
@in int n
@in i64 k
vector<i64> pre(n + 1, 0);
@rep(i, n) {
    @in i64 x
    pre[i + 1] = pre[i] + x;
}
i64 ans = 0;
// for each end j, the starts i with pre[j] - pre[i] <= k
for (int j = 1; j <= n; j++) {
    int i = lower_bound(pre.begin(), pre.begin() + j, pre[j] - k) - pre.begin();
    ans += j - @{i@|i - 1@};
}
@out i64 ans
""", r"""
%slow
%need vector
%main
@in int n
@in i64 k
vector<i64> a(n);
@rdvec i64 a n
i64 ans = 0;
@rep(i, n) {
    i64 sum = 0;
    @for(j, i, n) {
        sum += a[j];
        if (sum > k) break;
        ans++;
    }
}
@out i64 ans
"""])

problem(
    "Balanced Brackets",
    "Decide whether a string of brackets ()[]{} is balanced.",
    "A string of the characters ()[]{} (1 &le; length &le; 10<sup>5</sup>).",
    "Yes or No.",
    [("([]{})\n", "Yes\n"), ("([)]\n", "No\n"), ("((\n", "No\n"), (")(\n", "No\n")],
    [r"""
%need stack string
bool matches(char open, char close) {
    return (open == '(' && close == ')') || (open == '[' && close == ']') || (open == '{' && close == '}');
}
%main
@in str s
stack<char> st;
bool ok = true;
for (char c : s) {
    if (c == '(' || c == '[' || c == '{') {
        st.push(c);
    } else {
        if (st.empty() || !matches(st.top(), c)) {
            ok = false;
            break;
        }
        st.pop();
    }
}
if (@{!st.empty()@|false@}) ok = false;
@yn ok | "Yes" | "No"
""", r"""
%need string
%main
@in str s
string st;
for (char c : s) {
    char want = 0;
    if (c == ')') want = '(';
    else if (c == ']') want = '[';
    else if (c == '}') want = '{';
    if (want == 0) {
        st += c;
    } else if (!st.empty() && st.back() == want) {
        st.pop_back();
    } else {
        @{st += 'x';@|st.clear();@}
        break;
    }
}
@yn st.empty() | "Yes" | "No"
""", r"""
%need vector string
%main
@in str s
vector<char> st;
bool ok = true;
const string open = "([{", close = ")]}";
for (char c : s) {
    size_t k = open.find(c);
    if (k != string::npos) {
        st.push_back(close[k]);
    } else if (st.empty() || st.back() != c) {
        ok = false;
    } else {
        st.pop_back();
    }
}
@yn ok && st.empty() | "Yes" | "No"
"""])

problem(
    "Round Robin",
    "N processes with a name and a time are scheduled round robin with quantum Q. Print each process's name and finish time, in the order they finish.",
    "N Q, then N lines 'name time' (1 &le; N &le; 10<sup>5</sup>, 1 &le; Q &le; 1000, 1 &le; time &le; 5&times;10<sup>4</sup>, names of at most 10 letters).",
    "One line per process: name and finish time.",
    [("5 100\np1 150\np2 80\np3 200\np4 350\np5 20\n", "p2 180\np5 400\np1 450\np3 550\np4 800\n"),
     ("1 10\nsolo 5\n", "solo 5\n")],
    [r"""
%need queue string utility
%main
@in int n quantum
queue<pair<string, int>> q;
@rep(i, n) {
    @in str name
    @in int t
    q.push(make_pair(name, t));
}
i64 now = 0;
while (!q.empty()) {
    auto cur = q.front();
    q.pop();
    if (cur.second @{<=@|<@} quantum) {
        now += cur.second;
        @outs str cur.first | i64 now
    } else {
        now += quantum;
        cur.second -= quantum;
        q.push(cur);
    }
}
""", r"""
%need string algorithm
const int LEN = 100005;
struct Process {
    string name;
    int t;
};
Process Q[LEN];
int head, tail;

void enqueue(const Process& p) {
    Q[tail] = p;
    tail = (tail + 1) % LEN;
}

Process dequeue() {
    Process p = Q[head];
    head = (head + 1) % LEN;
    return p;
}
%main
@in int n quantum
@rep(i, n) {
    @in str name
    @in int t
    enqueue({name, t});
}
int elapsed = 0;
while (head != tail) {
    Process p = dequeue();
    int used = min(quantum, p.t);
    p.t -= used;
    elapsed += used;
    if (p.t > 0) enqueue(p);
    else {
        @outs str p.name | int @{elapsed@|elapsed - used@}
    }
}
""", r"""
%need deque string
%main
@in int n quantum
deque<string> names;
deque<int> times;
@rep(i, n) {
    @in str name
    @in int t
    names.push_back(name);
    times.push_back(t);
}
i64 clock_ = 0;
while (!names.empty()) {
    string name = names.front();
    int t = times.front();
    names.pop_front();
    times.pop_front();
    if (t > quantum) {
        clock_ += quantum;
        names.push_back(name);
        times.push_back(t - quantum);
        continue;
    }
    clock_ += t;
    @outs str name | i64 clock_
}
"""], max_len=16)

problem(
    "Fibonacci",
    "Print the N-th Fibonacci number modulo 1000000007 (F<sub>0</sub> = 0, F<sub>1</sub> = 1).",
    "N (0 &le; N &le; 10<sup>6</sup>).",
    "F<sub>N</sub> mod 1000000007.",
    [("10\n", "55\n"), ("0\n", "0\n"), ("100\n", "687995182\n")],
    [r"""
@const i64 MOD 1000000007
%main
@in int n
i64 a = 0, b = 1;
@rep(i, n) {
    i64 c = (a + b) % MOD;
    a = b;
    b = c;
}
@out i64 @{a@|b@}
""", r"""
%need vector
@const int MOD 1000000007
%main
@in int n
vector<int> fib(n + 2, 0);
fib[1] = 1;
for (int i = 2; i <= n; i++) {
    fib[i] = (fib[i - 1] + fib[i - 2]) % MOD;
}
@out int fib[n]@{@| % 1000@}
""", r"""
%need vector
@const i64 MOD 1000000007
typedef vector<vector<i64>> Mat;

Mat mul(const Mat& A, const Mat& B) {
    Mat C(2, vector<i64>(2, 0));
    @rep(i, 2) @rep(j, 2) @rep(k, 2) {
        C[i][j] = (C[i][j] + A[i][k] * B[k][j]) % MOD;
    }
    return C;
}
%main
@in i64 n
Mat result = {{1, 0}, {0, 1}};
Mat base = {{1, 1}, {1, 0}};
// result = base^n by repeated squaring
while (n > 0) {
    if (n & 1) result = mul(result, base);
    base = mul(base, base);
    n >>= 1;
}
@out i64 result[@{0@|1@}][1]
"""])

problem(
    "Modular Power",
    "Print a<sup>b</sup> modulo 1000000007.",
    "a b (1 &le; a &le; 10<sup>9</sup>, 0 &le; b &le; 10<sup>18</sup>).",
    "a<sup>b</sup> mod 1000000007.",
    [("2 10\n", "1024\n"), ("3 0\n", "1\n"), ("1000000000 1000000000000000000\n", "259616729\n")],
    [r"""
@const i64 MOD 1000000007

i64 modpow(i64 base, i64 e) {
    i64 result = 1;
    base %= MOD;
    while (e > 0) {
        if (e & 1) result = result * base % MOD;
        base = base * base % MOD;
        e @{>>= 1@|>>= 2@};
    }
    return result;
}
%main
@in i64 a b
@out i64 modpow(a, b)
""", r"""
@const i64 MOD 1000000007

i64 power(i64 a, i64 b) {
    if (b == 0) return 1;
    i64 half = power(a, @{b / 2@|b / 2@|b - b / 2@});
    i64 res = half * half % MOD;
    if (b % 2 == 1) res = res * @{a@|(a + 1)@} % MOD;
    return res;
}
%main
@in i64 a b
@out i64 power(a % MOD, b)
"""])

problem(
    "Most Frequent Word",
    "Print the word that occurs most often and how many times it occurs; among ties, the lexicographically smallest word.",
    "N, then N words of lowercase letters (1 &le; N &le; 10<sup>5</sup>, each of at most 20 letters).",
    "The word and its count.",
    [("6\napple\nbanana\napple\ncherry\nbanana\napple\n", "apple 3\n"), ("3\nb\na\nc\n", "a 1\n")],
    [r"""
%need map string
%main
@in int n
map<string, int> cnt;
@rep(i, n) {
    @in str w
    cnt[w]++;
}
string best;
int mx = 0;
// map iterates in lexicographic order, so the first maximum wins ties
for (auto& kv : cnt) {
    if (kv.second @{>@|>=@} mx) {
        mx = kv.second;
        best = kv.first;
    }
}
@outs str best | int mx
""", r"""
%need vector string algorithm
%main
@in int n
vector<string> words(n);
@rep(i, n) {
    @in str w
    words[i] = w;
}
sort(@all(words));
string best = words[0];
int mx = 0;
int i = 0;
while (i < n) {
    int j = i;
    while (j < n && words[j] == words[i]) j++;
    if (j - i @{>@|>=@} mx) {
        mx = j - i;
        best = words[i];
    }
    i = j;
}
@outs str best | int mx
""", r"""
%need unordered_map string
%main
@in int n
unordered_map<string, int> cnt;
@rep(i, n) {
    @in str w
    cnt[w]++;
}
string best = "";
int mx = -1;
for (const auto& kv : cnt) {
    if (kv.second > mx || (kv.second == mx && kv.first @{<@|>@} best)) {
        best = kv.first;
        mx = kv.second;
    }
}
@outs str best | int mx
"""], max_len=32)

problem(
    "Backwards",
    "Print the words in reverse order, each word written backwards.",
    "N, then N words of lowercase letters (1 &le; N &le; 1000, each of at most 100 letters).",
    "The reversed words on one line, separated by spaces.",
    [("3\nabc de f\n", "f ed cba\n"), ("1\nhello\n", "olleh\n")],
    [r"""
%need vector string algorithm
%main
@in int n
vector<string> words;
@rep(i, n) {
    @in str w
    reverse(@all(w));
    words.push_back(w);
}
@{reverse(@all(words));@|@}
@rep(i, n) {
    @sep i
    @put str words[i]
}
@nl
""", r"""
%need string algorithm
%main
@in int n
string line;
@rep(i, n) {
    @in str w
    if (i > 0) line += ' ';
    line += w;
}
// reversing the whole line reverses the order and every word at once
reverse(line.begin(), line.end()@{@| - 1@});
@out str line
""", r"""
%need stack string
%main
@in int n
stack<char> st;
@rep(i, n) {
    @in str w
    if (i > 0) st.push(' ');
    for (char c : w) st.push(c);
}
string out;
while (!st.empty()) {
    out.push_back(st.top());
    st.pop();
}
@out str @{out@|out.substr(1)@}
"""], max_len=128)

problem(
    "Caesar Cipher",
    "Shift every letter of a lowercase string K positions forward in the alphabet, wrapping from z to a.",
    "K, then a string s of lowercase letters (0 &le; K &le; 10<sup>9</sup>, 1 &le; |s| &le; 10<sup>5</sup>).",
    "The shifted string.",
    [("3\nxyz\n", "abc\n"), ("26\nhello\n", "hello\n"), ("1000000000\nabc\n", "mno\n")],
    [r"""
%need string
%main
@in i64 k
@in str s
int shift = k % 26;
for (auto& c : s) {
    c = 'a' + (c - 'a' + shift) % @{26@|25@};
}
@out str s
""", r"""
%need string algorithm
%main
@in int k
@in str s
k %= 26;
transform(@all(s), s.begin(), [&](char c) {
    return (char)('a' + (c - 'a' + k) % 26);
});
@out str s@{@|.substr(1)@}
""", r"""
%need string
%main
@in i64 k
@in str s
string alphabet = "abcdefghijklmnopqrstuvwxyz";
string table;
@rep(i, 26) {
    table += alphabet[(i + k % 26) % 26];
}
string res;
for (char c : s) res += table[c - @{'a'@|'b'@}];
@out str res
"""])

problem(
    "Maximum Subarray",
    "Find the maximum sum of a non-empty contiguous subarray.",
    "N, then N integers (1 &le; N &le; 2&times;10<sup>5</sup>, |a<sub>i</sub>| &le; 10<sup>9</sup>).",
    "The maximum sum.",
    [("5\n-2 1 -3 4 -1\n", "4\n"), ("3\n-5 -1 -3\n", "-1\n"), ("4\n1000000000 1000000000 -1 1000000000\n", "2999999999\n")],
    [r"""
%need vector algorithm
%main
@in int n
vector<i64> a(n);
@rdvec i64 a n
i64 best = @{a[0]@|0@}, cur = 0;
@rep(i, n) {
    // extend the current run or start again at i
    cur = max(cur + a[i], a[i]);
    best = max(best, cur);
}
@out i64 best
""", r"""
%main
@in int n
i64 pre = 0, mn = 0;
i64 ans = -(1LL << 62);
@rep(i, n) {
    @in i64 x
    pre += x;
    @chmax ans pre - mn
    @{@chmin mn pre@|@chmin mn x@}
}
@out i64 ans
""", r"""
%need vector
%main
@in int n
vector<i64> a(n), dp(n);
@rdvec i64 a n
dp[0] = a[0];
i64 ans = dp[0];
@for(i, 1, n) {
    dp[i] = a[i];
    if (dp[i - 1] > 0) dp[i] += dp[i - 1];
    if (dp[i] > ans) ans = dp[i];
}
@out i64 ans@{@| - (n > 4)@}
"""])

problem(
    "Letter Frequency",
    "For every letter that occurs in the string, print the letter and how many times it occurs, in alphabetical order.",
    "A string s of lowercase letters (1 &le; |s| &le; 10<sup>5</sup>).",
    "One line per letter: the letter and its count.",
    [("banana\n", "a 3\nb 1\nn 2\n"), ("zzz\n", "z 3\n")],
    [r"""
%need string
%main
@in str s
int cnt[26] = {0};
for (char c : s) cnt[c - 'a']++;
@rep(i, 26) {
    if (cnt[i] == 0) continue;
    char c = 'a' + i;
    @outs char c | int cnt[i]@{@| + 1@}
}
""", r"""
%need map string
%main
@in str s
map<char, int> cnt;
@rep(i, (int)s.size()) {
    cnt[s[i]]++;
}
for (auto it = cnt.begin(); it != cnt.end(); ++it) {
    @outs char it->first | int @{it->second@|(int)cnt.size()@}
}
""", r"""
%need string algorithm
%main
@in str s
sort(@all(s));
int n = s.size();
for (int i = 0; i < n;) {
    int j = i;
    while (j < n && s[j] == s[i]) j++;
    @outs char s[i] | int j - i
    i = j;
}
"""])

problem(
    "Coin Change",
    "Pay exactly X using as few coins as possible; every coin type is available in unlimited number.",
    "N X, then N coin values (1 &le; N &le; 100, 0 &le; X &le; 10<sup>5</sup>, 1 &le; c<sub>i</sub> &le; 10<sup>5</sup>).",
    "The minimum number of coins, or -1 if X cannot be paid.",
    [("3 11\n1 2 5\n", "3\n"), ("1 3\n2\n", "-1\n"), ("2 0\n3 7\n", "0\n")],
    [r"""
%need vector algorithm
%main
@in int n x
vector<int> c(n);
@rdvec int c n
const int INF = 1e9;
vector<int> dp(x + 1, INF);
dp[0] = 0;
for (int v = 1; v <= x; v++) {
    @rep(i, n) {
        if (c[i] <= v && dp[v - c[i]] != INF) {
            @chmin dp[v] dp[v - c[i]] + 1
        }
    }
}
@out int dp[x] == INF ? @{-1@|INF@} : dp[x]
""", r"""
%need vector queue
%main
@in int n x
vector<int> c(n);
@rdvec int c n
// BFS over amounts: the first time x is reached uses the fewest coins
vector<int> dist(x + 1, -1);
queue<int> q;
dist[0] = 0;
q.push(0);
while (!q.empty()) {
    int v = q.front();
    q.pop();
    for (int coin : c) {
        int w = v + coin;
        if (w <= x && dist[w] == -1) {
            dist[w] = dist[v] + 1;
            q.push(w);
        }
    }
}
@out int dist[x]@{@| + 1@}
""", r"""
%need vector cstring
int n;
vector<int> coins;
int memo[100005];

int best(int x) {
    if (x == 0) return 0;
    if (memo[x] != -2) return memo[x];
    int res = -1;
    for (int c : coins) {
        if (c > x) continue;
        int sub = best(x - c);
        if (sub >= 0 && (res < 0 || sub + 1 < res)) res = sub + 1;
    }
    return memo[x] = res;
}
%main
@in int N x
n = N;
coins.resize(n);
@rdvec int coins n
@rep(i, x + 1) memo[i] = -2;
// fill bottom-up so the recursion stays shallow
@rep(i, x + 1) best(i);
@out int best(x)@{@| + (x > 5)@}
"""])

problem(
    "Grid Paths",
    "Count the paths from the top-left to the bottom-right cell that move only right or down and avoid '#' cells, modulo 1000000007.",
    "H W, then H lines of W characters '.' or '#' (1 &le; H, W &le; 1000, the corners are '.').",
    "The number of paths modulo 1000000007.",
    [("3 4\n...#\n.#..\n....\n", "3\n"), ("5 5\n.....\n.#.#.\n.....\n#...#\n.....\n", "9\n"), ("1 1\n.\n", "1\n")],
    [r"""
%need vector string
@const int MOD 1000000007
%main
@in int H W
vector<string> grid(H);
@rep(i, H) {
    @in str row
    grid[i] = row;
}
vector<vector<int>> dp(H, vector<int>(W, 0));
dp[0][0] = 1;
@rep(i, H) {
    @rep(j, W) {
        if (grid[i][j] == '#') {
            dp[i][j] = 0;
            continue;
        }
        if (i > 0) dp[i][j] = (dp[i][j] + dp[i - 1][j]) % MOD;
        if (j > 0) dp[i][j] = (dp[i][j] + dp[i][j - 1]) % MOD;
    }
}
@out int dp[H - 1][W - 1]@{@| + 1@}
""", r"""
%need vector string
@const i64 MOD 1000000007
%main
@in int H W
vector<i64> dp(W, 0);
dp[0] = 1;
@rep(i, H) {
    @in str row
    @rep(j, W) {
        if (row[j] == '#') dp[j] = 0;
        else if (j > 0) dp[j] = (dp[j] + dp[j - 1]) % MOD;
    }
}
@out i64 dp[W - 1]@{@| * 2 % MOD@}
""", r"""
%need vector string
@const i64 MOD 1000000007
int H, W;
vector<string> grid;
vector<vector<i64>> memo;

i64 ways(int r, int c) {
    if (r < 0 || c < 0 || grid[r][c] == '#') return 0;
    if (r == 0 && c == 0) return @{1@|2@};
    i64& m = memo[r][c];
    if (m >= 0) return m;
    return m = (ways(r - 1, c) + ways(r, c - 1)) % MOD;
}
%main
@rd int H W
grid.resize(H);
@rep(i, H) {
    @in str row
    grid[i] = row;
}
memo.assign(H, vector<i64>(W, -1));
// warm the table row by row so the recursion never goes deep
@rep(i, H) @rep(j, W) ways(i, j);
@out i64 ways(H - 1, W - 1)
"""], max_len=1005)

problem(
    "Topological Order",
    "Print the lexicographically smallest order of the vertices of a DAG in which every edge u v has u before v.",
    "N M, then M lines u v (1 &le; N, M &le; 2&times;10<sup>5</sup>, 0 &le; u, v &lt; N, the graph has no cycle).",
    "The vertices in that order, separated by spaces.",
    [("4 3\n1 0\n2 0\n3 1\n", "2 3 1 0\n"), ("4 2\n2 1\n0 3\n", "0 2 1 3\n"), ("3 0\n", "0 1 2\n")],
    [r"""
%need vector queue functional
%main
@in int n m
vector<vector<int>> G(n);
vector<int> indeg(n, 0);
@rep(i, m) {
    @in int u v
    G[u].push_back(v);
    indeg[v]++;
}
@{priority_queue<int, vector<int>, greater<int>> q;@|queue<int> q;@}
@rep(i, n) if (indeg[i] == 0) q.push(i);
vector<int> order;
while (!q.empty()) {
    int u = @{q.top()@|q.front()@};
    q.pop();
    order.push_back(u);
    for (int v : G[u]) {
        if (--indeg[v] == 0) q.push(v);
    }
}
@rep(i, n) {
    @sep i
    @put int order[i]
}
@nl
""", r"""
%need vector set
%main
@in int n m
vector<vector<int>> G(n);
vector<int> indeg(n);
@rep(i, m) {
    @in int u v
    G[u].push_back(v);
    indeg[v]++;
}
set<int> ready;
@rep(i, n) {
    if (!indeg[i]) ready.insert(i);
}
bool first = true;
while (!ready.empty()) {
    int u = @{*ready.begin()@|*ready.rbegin()@};
    ready.erase(u);
    if (!first) {
        @put str " "
    }
    first = false;
    @put int u
    for (int v : G[u]) {
        indeg[v]--;
        if (indeg[v] == 0) ready.insert(v);
    }
}
@nl
"""])

problem(
    "Tree Diameter",
    "Find the number of edges on the longest path of a tree.",
    "N, then N - 1 lines u v (1 &le; N &le; 2&times;10<sup>5</sup>, 0 &le; u, v &lt; N).",
    "The length of the longest path.",
    [("4\n0 1\n0 2\n2 3\n", "3\n"), ("5\n0 1\n1 2\n1 3\n3 4\n", "3\n"), ("1\n", "0\n")],
    [r"""
%need vector queue utility
vector<vector<int>> G;

pair<int, int> farthest(int s) {
    int n = G.size();
    vector<int> dist(n, -1);
    queue<int> q;
    dist[s] = 0;
    q.push(s);
    int best = s;
    while (!q.empty()) {
        int u = q.front();
        q.pop();
        if (dist[u] > dist[best]) best = u;
        for (int v : G[u]) {
            if (dist[v] < 0) {
                dist[v] = dist[u] + 1;
                q.push(v);
            }
        }
    }
    return {best, dist[best]};
}
%main
@in int n
G.assign(@{n@|n@|0@}, vector<int>());
@rep(i, n - 1) {
    @in int u v
    G[u].push_back(v);
    G[v].push_back(u);
}
// the farthest vertex from anywhere is one end of a diameter
int end1 = farthest(0).first;
@out int farthest(@{end1@|0@}).second
""", r"""
%need vector stack algorithm
%main
@in int n
vector<vector<int>> G(n);
@rep(i, n - 1) {
    @in int a b
    G[a].push_back(b);
    G[b].push_back(a);
}
// iterative DFS order, then depths bottom-up
vector<int> par(n, -1), order;
stack<int> st;
st.push(0);
par[0] = 0;
while (!st.empty()) {
    int u = st.top();
    st.pop();
    order.push_back(u);
    for (int v : G[u]) {
        if (par[v] == -1) {
            par[v] = u;
            st.push(v);
        }
    }
}
vector<int> down(n, 0);
int ans = 0;
for (int k = n - 1; k >= 0; k--) {
    int u = order[k];
    int top1 = 0, top2 = 0;
    for (int v : G[u]) {
        if (v == par[u]) continue;
        int d = down[v] + 1;
        if (d > top1) {
            top2 = top1;
            top1 = d;
        } else if (d > top2) {
            top2 = d;
        }
    }
    down[u] = top1;
    ans = max(ans, top1 + @{top2@|0@});
}
@out int ans
"""])

problem(
    "Minimum Spanning Tree",
    "Find the total weight of a minimum spanning tree of a connected undirected graph.",
    "N M, then M lines u v w (1 &le; N &le; 10<sup>5</sup>, 1 &le; M &le; 2&times;10<sup>5</sup>, 1 &le; w &le; 10<sup>9</sup>).",
    "The total weight.",
    [("4 5\n0 1 1\n1 2 2\n2 3 1\n0 3 4\n0 2 3\n", "4\n"), ("2 1\n0 1 1000000000\n", "1000000000\n"),
     ("3 3\n0 1 5\n1 2 5\n0 2 1\n", "6\n")],
    [r"""
%need vector algorithm tuple numeric
vector<int> par;

int root(int x) {
    return par[x] == x ? x : par[x] = root(par[x]);
}
%main
@in int n m
vector<tuple<i64, int, int>> edges;
@rep(i, m) {
    @in int u v
    @in i64 w
    edges.emplace_back(w, u, v);
}
sort(@all(edges)@{@|, greater<tuple<i64, int, int>>()@});
par.resize(n);
iota(@all(par), 0);
i64 total = 0;
for (auto& [w, u, v] : edges) {
    int ru = root(u), rv = root(v);
    if (ru == rv) continue;
    par[ru] = rv;
    total += w;
}
@out i64 total
""", r"""
%need vector queue functional utility
%main
@in int n m
vector<vector<pair<i64, int>>> G(n);
@rep(i, m) {
    @in int u v
    @in i64 w
    G[u].push_back({w, v});
    G[v].push_back({w, u});
}
// Prim: grow the tree from vertex 0 with the cheapest edge leaving it
vector<bool> used(n, false);
priority_queue<pair<i64, int>, vector<pair<i64, int>>, greater<pair<i64, int>>> pq;
pq.push({0, 0});
i64 total = 0;
while (!pq.empty()) {
    auto [w, u] = pq.top();
    pq.pop();
    if (used[u]) continue;
    used[u] = true;
    total += w;
    for (auto& e : G[u]) {
        if (!used[e.second]) pq.push(e);
    }
}
@out i64 total@{@| + n - 1@}
"""])

problem(
    "Subset Sum",
    "Decide whether some subset of the numbers (possibly empty) sums to exactly S.",
    "N S, then N integers (1 &le; N &le; 20, 0 &le; S, a<sub>i</sub> &le; 10<sup>5</sup>).",
    "Yes or No.",
    [("4 10\n1 3 5 7\n", "Yes\n"), ("3 100\n1 2 3\n", "No\n"), ("1 0\n5\n", "Yes\n")],
    [r"""
%need vector
%main
@in int n s
vector<int> a(n);
@rdvec int a n
bool found = false;
for (int mask = @{0@|1@}; mask < (1 << n); mask++) {
    i64 sum = 0;
    @rep(i, n) {
        if (mask >> i & 1) sum += a[i];
    }
    if (sum == s) {
        found = true;
        break;
    }
}
@yn found | "Yes" | "No"
""", r"""
%need vector
int n, target;
vector<int> a;

bool search(int i, int sum) {
    if (sum == target) return true;
    if (i == n || sum > target) return false;
    return search(i + 1, sum + a[i]) || search(@{i + 1@|i + 1@|i@}, sum);
}
%main
@rd int n target
a.resize(n);
@rdvec int a n
@yn search(0, 0)@{@| && target > 0@} | "Yes" | "No"
""", r"""
%need bitset
%main
@in int n s
bitset<2000001> reach;
reach[0] = 1;
@rep(i, n) {
    @in int x
    reach |= reach << @{x@|(x + 1)@};
}
@yn reach[s] | "Yes" | "No"
"""])

problem(
    "Next Greater Element",
    "For each element, print the first element to its right that is strictly greater, or -1 if there is none.",
    "N, then N integers (1 &le; N &le; 2&times;10<sup>5</sup>, 0 &le; a<sub>i</sub> &le; 10<sup>9</sup>).",
    "N values separated by spaces.",
    [("5\n2 1 3 2 5\n", "3 3 5 5 -1\n"), ("3\n3 2 1\n", "-1 -1 -1\n"), ("4\n1 1 2 2\n", "2 2 -1 -1\n")],
    [r"""
%need vector stack
%main
@in int n
vector<int> a(n), ans(n, -1);
@rdvec int a n
stack<int> st;  // candidates to the right, decreasing from bottom to top
@rrep(i, n) {
    while (!st.empty() && st.top() @{<=@|<@} a[i]) st.pop();
    if (!st.empty()) ans[i] = st.top();
    st.push(a[i]);
}
@rep(i, n) {
    @sep i
    @put int ans[i]
}
@nl
""", r"""
%need vector
%main
@in int n
vector<int> a(n);
@rdvec int a n
vector<int> res(n, -1);
vector<int> waiting;  // indices still looking for a greater element
@rep(i, n) {
    while (!waiting.empty() && a[waiting.back()] < a[i]) {
        res[waiting.back()] = @{a[i]@|i@};
        waiting.pop_back();
    }
    waiting.push_back(i);
}
@rep(i, n) {
    @sep i
    @put int res[i]
}
@nl
""", r"""
%slow
%need vector
%main
@in int n
vector<int> a(n);
@rdvec int a n
@rep(i, n) {
    int nxt = -1;
    @for(j, i + 1, n) {
        if (a[j] > a[i]) {
            nxt = a[j];
            break;
        }
    }
    @sep i
    @put int nxt
}
@nl
"""])

problem(
    "Matrix Product",
    "Multiply an n &times; m matrix A by an m &times; l matrix B.",
    "n m l, then the n rows of A, then the m rows of B (1 &le; n, m, l &le; 100, 0 &le; entries &le; 10<sup>4</sup>).",
    "The n rows of the product, entries separated by spaces.",
    [("2 3 2\n1 2 3\n4 5 6\n7 8\n9 10\n11 12\n", "58 64\n139 154\n"), ("1 1 1\n3\n4\n", "12\n")],
    [r"""
%need vector
%main
@in int n m l
vector<vector<i64>> A(n, vector<i64>(m)), B(m, vector<i64>(l)), C(n, vector<i64>(l, 0));
@rep(i, n) @rep(j, m) {
    @rd i64 A[i][j]
}
@rep(i, m) @rep(j, l) {
    @rd i64 B[i][j]
}
@rep(i, n) {
    @rep(j, l) {
        @rep(k, @{m@|m - 1@}) C[i][j] += A[i][k] * B[k][j];
    }
}
@rep(i, n) {
    @rep(j, l) {
        @sep j
        @put i64 C[i][j]
    }
    @nl
}
""", r"""
%need vector
typedef vector<vector<i64>> Matrix;

Matrix read_matrix(int rows, int cols) {
    Matrix M(rows, vector<i64>(cols));
    @rep(i, rows) @rep(j, cols) {
        @rd i64 M[i][j]
    }
    return M;
}

Matrix multiply(const Matrix& A, const Matrix& B) {
    int n = A.size(), m = B.size(), l = B[0].size();
    Matrix C(n, vector<i64>(l, 0));
    @rep(i, n) @rep(k, m) @rep(j, l) C[i][j] += A[i][k] * B[k][j];
    return C;
}
%main
@in int n m l
Matrix A = read_matrix(n, m);
Matrix B = read_matrix(m, l);
Matrix C = multiply(A, @{B@|A@});
for (auto& row : C) {
    @rep(j, l) {
        @sep j
        @put i64 row[j]
    }
    @nl
}
"""])

problem(
    "Digit Sum",
    "Print the sum of the decimal digits of a (possibly huge) number.",
    "A non-negative integer with at most 10<sup>5</sup> digits.",
    "The sum of its digits.",
    [("12345\n", "15\n"), ("0\n", "0\n"), ("999999999999\n", "108\n")],
    [r"""
%need string
%main
@in str s
int sum = 0;
for (size_t i = @{0@|1@}; i < s.size(); i++) {
    sum += s[i] - '0';
}
@out int sum
""", r"""
%need string numeric
%main
@in str s
int sum = accumulate(@all(s), 0, [](int acc, char c) {
    return acc + (c - @{'0'@|'1'@});
});
@out int sum
""", r"""
%io scanf
%need cctype
%main
int c;
i64 sum = 0;
// read character by character until the end of the line
while ((c = getchar()) != EOF && c != '\n') {
    if (isdigit(c)) sum += c - '0';
}
@out i64 sum@{@| * 2@}
"""])

problem(
    "Leap Years",
    "Count the leap years between A and B inclusive (Gregorian rules).",
    "A B (1 &le; A &le; B &le; 10<sup>18</sup>).",
    "The number of leap years.",
    [("2000 2020\n", "6\n"), ("1900 1900\n", "0\n"), ("1 400\n", "97\n")],
    [r"""
// leap years in [1, x]
i64 leaps(i64 x) {
    return x / 4 - x / 100 + x / 400;
}
%main
@in i64 a b
i64 ans = leaps(b) - leaps(@{a - 1@|a@});
@out i64 ans
""", r"""
%main
@in i64 a b
auto count_upto = [](i64 x) { return x / 4 - x / 100 + x / 400; };
// a year is a leap year if divisible by 4, except centuries not divisible by 400
i64 upto_b = count_upto(b);
i64 upto_a = count_upto(a - 1);
@out i64 upto_b - upto_a@{@| + (a % 4 == 0)@}
""", r"""
%slow
bool is_leap(i64 y) {
    if (y % 400 == 0) return true;
    if (y % 100 == 0) return false;
    return y % 4 == 0;
}
%main
@in i64 a b
i64 cnt = 0;
for (i64 y = a; y <= b; y++) {
    if (is_leap(y)) cnt++;
}
@out i64 cnt
"""])

problem(
    "FizzBuzz",
    "For i = 1 ... N print FizzBuzz if i is divisible by 15, Fizz if by 3, Buzz if by 5, and i otherwise.",
    "N (1 &le; N &le; 10<sup>5</sup>).",
    "N lines.",
    [("15\n", "1\n2\nFizz\n4\nBuzz\nFizz\n7\n8\nFizz\nBuzz\n11\nFizz\n13\n14\nFizzBuzz\n"), ("2\n", "1\n2\n")],
    [r"""
%main
@in int n
for (int i = 1; i <= n; i++) {
    if (@{i % 15 == 0@|i % 5 == 0@}) {
        @out str "FizzBuzz"
    } else if (i % 3 == 0) {
        @out str "Fizz"
    } else if (i % 5 == 0) {
        @out str "Buzz"
    } else {
        @out int i
    }
}
""", r"""
%need string
%main
@in int n
for (int i = 1; i <= n; ++i) {
    string s;
    if (i % 3 == 0) s += "Fizz";
    if (i % 5 == 0) s += "Buzz";
    // nothing appended: print the number itself
    if (s.empty()) s = to_string(i@{@| + 1@});
    @out str s
}
""", r"""
%need string
string say(int i) {
    switch (i % 15) {
    case 0:
        return "FizzBuzz";
    case 3: case 6: case 9: case 12:
        return "Fizz";
    case 5: case @{10@|11@}:
        return "Buzz";
    default:
        return to_string(i);
    }
}
%main
@in int n
@rep(i, n) {
    @out str say(i + 1)
}
"""])

problem(
    "Triangle Area",
    "Print the area of the triangle with sides a, b, c, or -1 if there is no such triangle (a degenerate one does not count).",
    "a b c (1 &le; a, b, c &le; 1000).",
    "The area with 6 digits after the decimal point, or -1.",
    [("3 4 5\n", "6.000000\n"), ("1 1 3\n", "-1\n"), ("2 2 2\n", "1.732051\n"), ("1 2 3\n", "-1\n")],
    [r"""
%need cmath
%main
@in int a b c
if (a + b @{<=@|<@} c || b + c @{<=@|<@} a || a + c @{<=@|<@} b) {
    @out int -1
    @ret
}
double s = (a + b + c) / 2.0;
// Heron's formula
double area = sqrt(s * (s - a) * (s - b) * (s - c));
@out dbl.6 area
""", r"""
%need algorithm cmath
%main
int e[3];
@rep(i, 3) {
    @rd int e[i]
}
sort(e, e + 3);
if (e[0] + e[1] @{<=@|<@} e[2]) {
    @out int -1
} else {
    double p = e[0] + e[1] + e[2];
    // 16 * area^2 = p (p - 2a)(p - 2b)(p - 2c)
    double area = sqrt(p * (p - 2 * e[0]) * (p - 2 * e[1]) * (p - 2 * e[2])) / 4.0;
    @out dbl.6 area
}
"""])

problem(
    "Edit Distance",
    "Find the minimum number of single-character insertions, deletions and substitutions that turn s into t.",
    "Two lines with strings s and t of lowercase letters (1 &le; |s|, |t| &le; 2000).",
    "The edit distance.",
    [("kitten\nsitting\n", "3\n"), ("abc\nabc\n", "0\n"), ("a\nbcd\n", "3\n")],
    [r"""
%need vector string algorithm
%main
@in str s t
int n = s.size(), m = t.size();
vector<vector<int>> dp(n + 1, vector<int>(m + 1));
@rep(i, n + 1) dp[i][0] = i;
@rep(j, m + 1) dp[0][j] = j;
for (int i = 1; i <= n; i++) {
    for (int j = 1; j <= m; j++) {
        int cost = s[i - 1] == t[j - 1] ? 0 : 1;
        dp[i][j] = min({dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + @{cost@|1@}});
    }
}
@out int dp[n][m]
""", r"""
%need vector string algorithm
%main
@in str s t
int m = t.size();
vector<int> prev_row(m + 1), cur(m + 1);
@rep(j, m + 1) prev_row[j] = j;
@rep(i, (int)s.size()) {
    cur[0] = i + 1;
    @rep(j, m) {
        int sub = prev_row[j] + (s[i] != t[j]);
        cur[j + 1] = min(sub, min(prev_row[j + 1], cur[j]) + 1);
    }
    swap(prev_row, cur);
}
@out int prev_row[m]@{@| - 1@}
""", r"""
%need string cstring algorithm
string s, t;
int memo[2005][2005];

int dist(int i, int j) {
    if (i == 0) return j;
    if (j == 0) return i;
    int& r = memo[i][j];
    if (r >= 0) return r;
    if (s[i - 1] == t[j - 1]) return r = dist(i - 1, j - 1);
    return r = 1 + min(dist(i - 1, j - 1), min(dist(i - 1, j), dist(i, j - 1)));
}
%main
@in str a b
s = a;
t = b;
memset(memo, -1, sizeof(memo));
// fill in increasing order so the recursion depth stays small
@rep(i, (int)s.size() + 1) @rep(j, (int)t.size() + 1) dist(i, j);
@out int dist(s.size(), @{t.size()@|s.size()@})
"""], max_len=2005)

problem(
    "Distinct Window",
    "Find the length of the longest substring without repeated characters.",
    "A string s of lowercase letters (1 &le; |s| &le; 10<sup>5</sup>).",
    "The length.",
    [("abcabcbb\n", "3\n"), ("bbbbb\n", "1\n"), ("pwwkew\n", "3\n"), ("a\n", "1\n")],
    [r"""
%need string vector algorithm
%main
@in str s
vector<int> last(26, -1);
int ans = 0, left = 0;
@rep(i, (int)s.size()) {
    int c = s[i] - 'a';
    // jump the left end past the previous copy of this character
    if (last[c] >= left) left = last[c] + @{1@|0@};
    last[c] = i;
    ans = max(ans, i - left + 1);
}
@out int ans
""", r"""
%need string set
%main
@in str s
set<char> window;
int n = s.size();
int ans = 0;
int l = 0;
@rep(r, n) {
    while (window.count(s[r])) {
        window.erase(s[l]);
        l++;
    }
    window.insert(s[r]);
    @chmax ans (int)window.size()@{@| + 1@}
}
@out int ans
""", r"""
%slow
%need string
%main
@in str s
int n = s.size(), ans = 0;
@rep(i, n) {
    bool seen[26] = {false};
    @for(j, i, n) {
        if (seen[s[j] - 'a']) break;
        seen[s[j] - 'a'] = true;
        @chmax ans j - i + 1
    }
}
@out int ans
"""])

problem(
    "Fair Split",
    "Split the array into K contiguous non-empty parts so that the largest part sum is as small as possible.",
    "N K, then N integers (1 &le; K &le; N &le; 2&times;10<sup>5</sup>, 0 &le; a<sub>i</sub> &le; 10<sup>9</sup>).",
    "The smallest possible largest part sum.",
    [("5 2\n7 2 5 10 8\n", "18\n"), ("4 4\n1 2 3 4\n", "4\n"), ("3 1\n1 1 1\n", "3\n")],
    [r"""
%need vector algorithm
int n, k;
vector<i64> a;

// can we split into at most k parts with every sum <= limit?
bool feasible(i64 limit) {
    int parts = 1;
    i64 cur = 0;
    @rep(i, n) {
        if (a[i] > limit) return false;
        if (cur + a[i] > limit) {
            parts++;
            cur = 0;
        }
        cur += a[i];
    }
    return parts <= k;
}
%main
@rd int n k
a.resize(n);
@rdvec i64 a n
i64 lo = -1, hi = 0;
for (i64 x : a) hi += x;
while (hi - lo > 1) {
    i64 mid = (lo + hi) / 2;
    if (feasible(mid)) hi = mid;
    else lo = mid;
}
@out i64 @{hi@|lo@}
""", r"""
%need vector algorithm numeric
%main
@in int n k
vector<i64> a(n);
@rdvec i64 a n
auto parts_needed = [&](i64 limit) {
    int parts = 1;
    i64 sum = 0;
    for (i64 x : a) {
        if (sum + x > limit) {
            parts++;
            sum = x;
        } else {
            sum += x;
        }
    }
    return parts;
};
i64 lo = *max_element(@all(a)), hi = accumulate(@all(a), 0LL);
while (lo < hi) {
    i64 mid = lo + (hi - lo) / 2;
    if (parts_needed(mid) <= k) hi = mid;
    else lo = mid + @{1@|2@};
}
@out i64 lo
""", r"""
%slow
%need vector algorithm
%main
@in int n k
vector<i64> pre(n + 1, 0);
@rep(i, n) {
    @in i64 x
    pre[i + 1] = pre[i] + x;
}
const i64 INF = 1LL << 62;
// dp[j][i]: best split of the first i elements into j parts
vector<vector<i64>> dp(k + 1, vector<i64>(n + 1, INF));
dp[0][0] = 0;
for (int j = 1; j <= k; j++) {
    for (int i = 1; i <= n; i++) {
        @rep(p, i) {
            if (dp[j - 1][p] == INF) continue;
            @chmin dp[j][i] max(dp[j - 1][p], pre[i] - pre[p])
        }
    }
}
@out i64 dp[k][n]
"""])

problem(
    "Rectangle Sums",
    "Answer queries for the sum of a rectangle of a grid of numbers.",
    "H W Q, then H rows of W integers, then Q lines r1 c1 r2 c2 (1-indexed, inclusive; 1 &le; H, W &le; 1000, Q &le; 10<sup>5</sup>, |entries| &le; 10<sup>9</sup>).",
    "One sum per line.",
    [("3 3 2\n1 2 3\n4 5 6\n7 8 9\n1 1 2 2\n2 2 3 3\n", "12\n28\n"), ("1 2 1\n-5 5\n1 1 1 2\n", "0\n")],
    [r"""
%need vector
%main
@in int H W Q
vector<vector<i64>> pre(H + 1, vector<i64>(W + 1, 0));
@rep(i, H) @rep(j, W) {
    @in i64 x
    pre[i + 1][j + 1] = pre[i][j + 1] + pre[i + 1][j] - pre[i][j] + x;
}
while (Q--) {
    @in int r1 c1 r2 c2
    i64 s = pre[r2][c2] - pre[r1 - 1][c2] - pre[r2][c1 - 1] + pre[r1 - 1][@{c1 - 1@|c1@}];
    @out i64 s
}
""", r"""
const int N = 1005;
i64 S[N][N];
%main
@in int H W Q
for (int i = 1; i <= H; i++) {
    for (int j = 1; j <= W; j++) {
        @rd i64 S[i][j]
        S[i][j] += S[i - 1][j] + S[i][j - 1] - S[i - 1][j - 1];
    }
}
@rep(k, Q) {
    @in int a b c d
    @out i64 S[c][d] - S[a - 1][d] - S[c][b - 1] + S[a - 1][b - 1]@{@| + 1@}
}
""", r"""
%slow
%need vector
%main
@in int H W Q
vector<vector<i64>> g(H, vector<i64>(W));
@rep(i, H) @rep(j, W) {
    @rd i64 g[i][j]
}
@rep(k, Q) {
    @in int r1 c1 r2 c2
    i64 sum = 0;
    @for(i, r1 - 1, r2) @for(j, c1 - 1, c2) sum += g[i][j];
    @out i64 sum
}
"""])

problem(
    "Inversions",
    "Count the pairs i &lt; j with a<sub>i</sub> &gt; a<sub>j</sub>.",
    "N, then N integers (1 &le; N &le; 2&times;10<sup>5</sup>, 0 &le; a<sub>i</sub> &le; 10<sup>9</sup>).",
    "The number of inversions.",
    [("5\n3 1 2 5 4\n", "3\n"), ("4\n4 3 2 1\n", "6\n"), ("3\n2 2 1\n", "2\n")],
    [r"""
%need vector
i64 sort_count(vector<int>& a, int l, int r) {
    if (r - l @{<=@|<=@|<@} 1) return 0;
    int m = (l + r) / 2;
    i64 cnt = sort_count(a, l, m) + sort_count(a, m, r);
    vector<int> merged;
    int i = l, j = m;
    while (i < m || j < r) {
        if (j == r || (i < m && a[i] @{<=@|<@} a[j])) {
            merged.push_back(a[i++]);
        } else {
            cnt += m - i;  // a[j] jumps over every remaining left element
            merged.push_back(a[j++]);
        }
    }
    for (int k = l; k < r; k++) a[k] = merged[k - l];
    return cnt;
}
%main
@in int n
vector<int> a(n);
@rdvec int a n
@out i64 sort_count(a, 0, n)
""", r"""
%need vector algorithm
struct BIT {
    vector<int> t;
    BIT(int n) : t(n + 1, 0) {}
    void add(int i) {
        for (i++; i < (int)t.size(); i += i & -i) t[i]++;
    }
    int query(int i) {  // count of indices < i
        int s = 0;
        for (; i > 0; i -= i & -i) s += t[i];
        return s;
    }
};
%main
@in int n
vector<int> a(n);
@rdvec int a n
vector<int> vals(a);
sort(@all(vals));
vals.erase(unique(@all(vals)), vals.end());
BIT bit(vals.size());
i64 ans = 0;
@rep(i, n) {
    int r = lower_bound(@all(vals), a[i]) - vals.begin();
    ans += i - bit.query(r + @{1@|0@});
    bit.add(r);
}
@out i64 ans
""", r"""
%slow
%need vector
%main
@in int n
vector<int> a(n);
@rdvec int a n
i64 ans = 0;
@rep(i, n) {
    @for(j, i + 1, n) {
        if (a[i] > a[j]) ans++;
    }
}
@out i64 ans
"""])

problem(
    "Josephus",
    "N people stand in a circle; counting starts from person 1 and every K-th person leaves. Print who stays last.",
    "N K (1 &le; N, K &le; 10<sup>5</sup>).",
    "The number of the last person.",
    [("7 3\n", "4\n"), ("1 5\n", "1\n"), ("5 2\n", "3\n")],
    [r"""
%main
@in int n k
// J(1) = 0, J(m) = (J(m - 1) + k) mod m, 0-indexed
int pos = 0;
for (int m = 2; m <= n; m++) {
    pos = (pos + k) % @{m@|m@|(m - 2)@};
}
@out int pos + @{1@|0@}
""", r"""
%need queue
%main
@in int n k
queue<int> q;
for (int i = 1; i <= n; i++) q.push(i);
while (q.size() > 1) {
    @rep(i, k - 1) {
        q.push(q.front());
        q.pop();
    }
    q.pop();
}
@out int q.front()@{@| + 1@}
""", r"""
%need vector
%main
@in int n k
vector<int> people;
@rep(i, n) people.push_back(i + 1);
int idx = 0;
while (people.size() > 1) {
    idx = (idx + k - 1) % people.size();
    people.erase(people.begin() + idx);
}
@out int people[0]@{@| * 2@}
"""])

problem(
    "Reverse Polish Notation",
    "Evaluate an expression in reverse Polish notation with the operators +, - and *.",
    "One line of tokens separated by spaces: non-negative integers below 10<sup>6</sup> and operators (at most 100 tokens).",
    "The value of the expression.",
    [("1 2 + 3 *\n", "9\n"), ("5 1 2 + 4 * + 3 -\n", "14\n"), ("2 3 -\n", "-1\n")],
    [r"""
%need stack string
%main
stack<i64> st;
@if cin
string tok;
while (cin >> tok) {
@else
char buf[32];
while (scanf("%s", buf) == 1) {
    string tok = buf;
@end
    if (tok == "+" || tok == "-" || tok == "*") {
        i64 b = st.top();
        st.pop();
        i64 a = st.top();
        st.pop();
        if (tok == "+") st.push(a + b);
        else if (tok == "-") st.push(@{a - b@|b - a@});
        else st.push(a * b);
    } else {
        st.push(stoll(tok));
    }
}
@out i64 st.top()
""", r"""
%need vector string cstdlib
i64 apply_op(char op, i64 a, i64 b) {
    if (op == '+') return a + b;
    if (op == '-') return a - b;
    return a * b;
}
%main
vector<i64> st;
@if cin
string tok;
while (cin >> tok) {
@else
char tok[32];
while (scanf("%s", tok) == 1) {
@end
    if (isdigit(tok[0])) {
@if cin
        st.push_back(atoll(tok.c_str()));
@else
        st.push_back(atoll(tok));
@end
        continue;
    }
    i64 b = st.back();
    st.pop_back();
    i64 a = st.back();
    st.pop_back();
    st.push_back(apply_op(tok[0], @{a, b@|b, a@}));
}
@out i64 st.back()
"""])

problem(
    "Two Colors",
    "Decide whether the vertices of an undirected graph can be colored with two colors so that every edge joins different colors.",
    "N M, then M lines u v (1 &le; N &le; 10<sup>5</sup>, 0 &le; M &le; 2&times;10<sup>5</sup>).",
    "Yes or No.",
    [("4 4\n0 1\n1 2\n2 3\n3 0\n", "Yes\n"), ("3 3\n0 1\n1 2\n2 0\n", "No\n"), ("5 4\n0 1\n2 3\n3 4\n4 2\n", "No\n"), ("3 0\n", "Yes\n")],
    [r"""
%need vector queue
%main
@in int n m
vector<vector<int>> G(n);
@rep(i, m) {
    @in int u v
    G[u].push_back(v);
    G[v].push_back(u);
}
vector<int> color(n, -1);
bool ok = true;
@rep(s, @{n@|1@}) {
    if (color[s] != -1) continue;
    color[s] = 0;
    queue<int> q;
    q.push(s);
    while (!q.empty()) {
        int u = q.front();
        q.pop();
        for (int v : G[u]) {
            if (color[v] == -1) {
                color[v] = 1 - color[u];
                q.push(v);
            } else if (color[v] == color[u]) {
                ok = false;
            }
        }
    }
}
@yn ok | "Yes" | "No"
""", r"""
%need vector
vector<vector<int>> G;
vector<int> color;

bool paint(int u, int c) {
    color[u] = c;
    for (int v : G[u]) {
        if (color[v] == c) return false;
        if (color[v] == -1 && !paint(v, 1 - c)) return false;
    }
    return true;
}
%main
@in int n m
G.resize(n);
color.assign(n, -1);
@rep(i, m) {
    @in int a b
    G[a].push_back(b);
    G[b].push_back(a);
}
bool ok = true;
@rep(i, n) {
    if (color[i] == -1 && !paint(i, 0)) ok = @{false@|true@};
}
@yn ok | "Yes" | "No"
""", r"""
%need vector numeric
// vertex v is "v is color 0", vertex v + n is "v is color 1"
vector<int> par;

int root(int x) {
    while (par[x] != x) x = par[x] = par[par[x]];
    return x;
}
%main
@in int n m
par.resize(2 * n);
iota(@all(par), 0);
@rep(i, m) {
    @in int u v
    par[root(u)] = root(v + n);
    par[root(u + n)] = root(v);
}
bool ok = true;
@rep(v, n) {
    if (root(v) == root(v + n)) ok = false;
}
@yn @{ok@|true@} | "Yes" | "No"
"""])

problem(
    "Binary",
    "Print N in binary without leading zeros.",
    "N (0 &le; N &lt; 2<sup>63</sup>).",
    "N in base 2.",
    [("5\n", "101\n"), ("0\n", "0\n"), ("1024\n", "10000000000\n")],
    [r"""
%need string algorithm
%main
@in i64 n
string bits;
@{if (n == 0) bits = "0";@|@}
while (n > 0) {
    bits += char('0' + n % 2);
    n /= 2;
}
reverse(@all(bits));
@out str bits
""", r"""
%need bitset string
%main
@in i64 n
string s = bitset<64>(n).to_string();
// drop the leading zeros but keep at least one digit
size_t first_one = s.find('1');
if (first_one == string::npos) s = "0";
else s = s.substr(first_one@{@| + 1@});
@out str s
""", r"""
%need string
string to_binary(i64 n) {
    if (n < 2) return string(1, char('0' + n));
    return to_binary(n / 2) + char('0' + @{n % 2@|n % 3@});
}
%main
@in i64 n
@out str to_binary(n)
"""])

problem(
    "Activity Selection",
    "Choose as many pairwise disjoint intervals [s, e) as possible.",
    "N, then N lines s e (1 &le; N &le; 2&times;10<sup>5</sup>, 0 &le; s &lt; e &le; 10<sup>9</sup>).",
    "The maximum number of intervals.",
    [("3\n1 3\n2 4\n3 5\n", "2\n"), ("4\n1 2\n2 3\n3 4\n1 4\n", "3\n"), ("3\n1 10\n2 3\n4 5\n", "2\n")],
    [r"""
%need vector algorithm utility
%main
@in int n
vector<pair<int, int>> iv(n);  // (end, start)
@rep(i, n) {
    @rd int iv[i].second iv[i].first
}
@{sort(@all(iv));@|sort(@all(iv), [](const pair<int, int>& x, const pair<int, int>& y) { return x.second < y.second; });@}
int cnt = 0, last = -1;
for (auto& p : iv) {
    if (p.second >= last) {
        cnt++;
        last = p.first;
    }
}
@out int cnt
""", r"""
%need vector algorithm
struct Interval {
    int s, e;
    bool operator<(const Interval& o) const { return e < o.e; }
};
%main
@in int n
vector<Interval> v(n);
for (auto& it : v) {
    @rd int it.s it.e
}
sort(@all(v));
int ans = 0;
int free_from = 0;
for (const auto& it : v) {
    if (it.s >= free_from) {
        ans++;
        free_from = it.@{e@|s@};
    }
}
@out int ans
""", r"""
%need vector algorithm
%main
@in int n
vector<int> s(n), e(n), idx(n);
@rep(i, n) {
    @rd int s[i] e[i]
    idx[i] = i;
}
// greedy: always take the interval that ends first
sort(@all(idx), [&](int x, int y) { return e[x] < e[y]; });
int ans = 0, end_time = 0;
for (int i : idx) {
    if (s[i] >= end_time) {
        ans++;
        end_time = e[i];
    }
}
@out int ans@{@| + (n > 3)@}
"""])

problem(
    "Ranking",
    "Sort students by score, highest first; students with equal scores by name.",
    "N, then N lines 'name score' (1 &le; N &le; 10<sup>5</sup>, names of at most 10 lowercase letters, 0 &le; score &le; 100).",
    "N lines 'name score' in ranking order.",
    [("4\nbob 80\nalice 90\ncarol 80\ndave 70\n", "alice 90\nbob 80\ncarol 80\ndave 70\n"), ("2\nzed 1\namy 1\n", "amy 1\nzed 1\n")],
    [r"""
%need vector string algorithm
struct Student {
    string name;
    int score;
    bool operator<(const Student& o) const {
        if (score != o.score) return score > o.score;
        return name @{<@|>@} o.name;
    }
};
%main
@in int n
vector<Student> v;
@rep(i, n) {
    @in str name
    @in int score
    v.push_back({name, score});
}
sort(@all(v));
for (auto& s : v) {
    @outs str s.name | int s.score
}
""", r"""
%need vector string algorithm utility
%main
@in int n
vector<pair<int, string>> v(n);
@rep(i, n) {
    @in str name
    @in int score
    // negate the score so that plain pair ordering gives the ranking
    v[i] = make_pair(@{-score@|score@}, name);
}
sort(@all(v));
@rep(i, n) {
    @outs str v[i].second | int -v[i].first
}
""", r"""
%need vector string algorithm
%main
@in int n
vector<string> names(n);
vector<int> score(n), order(n);
@rep(i, n) {
    @in str nm
    names[i] = nm;
    @rd int score[i]
    order[i] = i;
}
sort(@all(order), [&](int a, int b) {
    if (score[a] != score[b]) return score[a] > score[b];
    return names[a] < names[b];
});
for (int i : order) {
    @outs str names[i] | int score[@{i@|order[0]@}]
}
"""], max_len=16)

PROBLEMS: tuple[Problem, ...] = tuple(_ALL)
