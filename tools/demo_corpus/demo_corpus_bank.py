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
    # One contest every 47 days from March 2013 for the first 50 problems, then one every 18 days.
    days = 47 * i if i < 50 else 47 * 49 + 18 * (i - 49)
    date = int(dt.datetime(2013, 3, 1, tzinfo=dt.UTC).timestamp()) + days * 86400 + i * 3631
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

problem(
    "Vowels",
    "Count the vowels (a, e, i, o, u) in a word.",
    "A word S of lowercase letters (1 &le; |S| &le; 10<sup>5</sup>).",
    "The number of vowels in S.",
    [("programming\n", "3\n"), ("rhythm\n", "0\n"), ("aeiouxyz\n", "5\n")],
    [r"""
%need string
%main
@in str s
int cnt = 0;
// y is not a vowel here
for (char c : s) {
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == @{'u'@|'y'@}) {
        cnt++;
    }
}
@out int cnt
""", r"""
%need string cstring
%main
@in str s
const char* vowels = "aeiou";
int ans = 0;
@rep(i, (int)s.size()) {
    if (strchr(vowels, s[i]) != NULL) {
        ans++;
    }
}
@out int ans@{@| - 1@}
""", r"""
%need string algorithm
bool is_vowel(char c) {
    switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u':
        return true;
    default:
        return false;
    }
}
%main
@in str s
int cnt = count_if(@all(s), is_vowel);
@out int cnt
"""])

problem(
    "Run-Length Encoding",
    "Compress a word by writing each maximal run of equal letters as the letter followed by the length of the run.",
    "A word S of lowercase letters (1 &le; |S| &le; 10<sup>5</sup>).",
    "The encoded word.",
    [("aaabccdddd\n", "a3b1c2d4\n"), ("x\n", "x1\n"), ("abab\n", "a1b1a1b1\n")],
    [r"""
%need string
%main
@in str s
string ans;
size_t i = 0;
while (i < s.size()) {
    size_t j = i;
    while (j < s.size() && s[j] == s[i]) {
        j++;
    }
    ans += s[i];
    ans += to_string(j - i@{@| + 1@});
    i = j;
}
@out str ans
""", r"""
%need string
%main
@in str s
int n = s.size();
int run = 1;
@for(i, 1, n + 1) {
    if (i < n && s[i] == s[i - 1]) {
        run++;
    } else {
        // the run ending at i - 1 is complete
        @put char s[i - 1]
        @put int run
        run = @{1@|0@};
    }
}
@nl
""", r"""
%need string vector utility
%main
@in str s
vector<pair<char, int>> runs;
for (char c : s) {
    if (!runs.empty() && runs.back().first == c) {
        runs.back().second++;
    } else {
        runs.push_back(make_pair(c, 1));
    }
}
string enc;
for (auto& r : runs) {
    enc += r.first;
    enc += to_string(r.second);
}
@out str enc
"""])

problem(
    "Anagrams",
    "Decide whether two words are anagrams: the same letters, each the same number of times.",
    "Two words A B of lowercase letters (1 &le; |A|, |B| &le; 10<sup>5</sup>).",
    "Yes or No.",
    [("listen silent\n", "Yes\n"), ("hello world\n", "No\n"), ("abc ab\n", "No\n"), ("aab abb\n", "No\n")],
    [r"""
%need string algorithm
%main
@in str a b
if (a.size() != b.size()) {
    @out str "No"
    @ret
}
sort(@all(a));
sort(@all(b));
// equal after sorting means the same letters, the same number of times
@yn a == b | "Yes" | "No"
""", r"""
%need string
%main
@in str a b
int cnt[26] = {0};
for (char c : a) {
    cnt[c - 'a']++;
}
for (char c : b) {
    cnt[c - 'a']--;
}
bool ok = true;
@rep(i, 26) {
    if (cnt[i] @{!= 0@|< 0@}) ok = false;
}
@yn ok | "Yes" | "No"
""", r"""
%need string map
%main
@in str a b
map<char, int> ca, cb;
for (char c : a) {
    ca[c]++;
}
for (char c : b) {
    cb[c]++;
}
// maps compare equal when they hold the same keys with the same counts
@yn ca == cb | "Yes" | "No"
"""])

problem(
    "Second Largest",
    "Print the second largest distinct value among N integers, or -1 if all of them are equal.",
    "N, then a<sub>1</sub> ... a<sub>N</sub> (1 &le; N &le; 2&times;10<sup>5</sup>, 0 &le; a<sub>i</sub> &le; 10<sup>9</sup>).",
    "The second largest distinct value, or -1.",
    [("5\n3 1 4 1 5\n", "4\n"), ("3\n7 7 7\n", "-1\n"), ("4\n10 9 10 8\n", "9\n")],
    [r"""
%need vector algorithm
%main
@in int n
vector<int> a(n);
@rdvec int a n
sort(@all(a));
a.erase(unique(@all(a)), a.end());
if (a.size() < 2) {
    @out int -1
} else {
    @out int a[a.size() - @{2@|1@}]
}
""", r"""
%main
@in int n
int first = -1, second = -1;
@rep(i, n) {
    @in int x
    if (x > first) {
        second = first;
        first = x;
    } else if (x @{<@|<=@} first && x > second) {
        second = x;
    }
}
@out int second
""", r"""
%need set
%main
@in int n
set<int> vals;
@rep(i, n) {
    @in int x
    vals.insert(x);
}
if ((int)vals.size() < 2) {
    @out int -1
    @ret
}
auto it = vals.end();
--it;
--it;
@out int *it
"""])

problem(
    "Stock Profit",
    "The price of a stock on each of N days is known. Buy once and sell once on a later day: print the largest possible profit, or 0 if no trade gains anything.",
    "N, then p<sub>1</sub> ... p<sub>N</sub> (1 &le; N &le; 2&times;10<sup>5</sup>, 1 &le; p<sub>i</sub> &le; 10<sup>9</sup>).",
    "The largest profit.",
    [("6\n7 1 5 3 6 4\n", "5\n"), ("5\n7 6 4 3 1\n", "0\n"), ("2\n1 1000000000\n", "999999999\n")],
    [r"""
%main
@in int n
int mn = 2000000000;
int ans = @{0@|-1@};
@rep(i, n) {
    @in int p
    // sell today at the lowest price seen before
    @chmax ans p - mn
    @chmin mn p
}
@out int ans
""", r"""
%need vector algorithm
%main
@in int n
vector<int> a(n);
@rdvec int a n
vector<int> suf(n + 1, 0);
@rrep(i, n@{@| - 1@}) {
    suf[i] = max(suf[i + 1], a[i]);
}
int best = 0;
@rep(i, n) {
    @chmax best suf[i] - a[i]
}
@out int best
""", r"""
%slow
%need vector
%main
@in int n
vector<int> a(n);
@rdvec int a n
int ans = 0;
@rep(i, n) {
    @for(j, i + 1, n) {
        @chmax ans a[j] - a[i]
    }
}
@out int ans
"""])

problem(
    "Staircase",
    "Count the ways to climb a staircase of N steps taking 1, 2 or 3 steps at a time, modulo 1 000 000 007.",
    "N (1 &le; N &le; 10<sup>5</sup>).",
    "The number of ways modulo 10<sup>9</sup>+7.",
    [("3\n", "4\n"), ("4\n", "7\n"), ("1\n", "1\n"), ("10\n", "274\n"), ("60\n", "527277060\n")],
    [r"""
%need vector
@const i64 MOD 1000000007
%main
@in int n
vector<i64> dp(n + 1, 0);
dp[0] = 1;
@for(i, 1, n + 1) {
    @rep(k, 3) {
        int step = k + 1;
        if (i - step >= @{0@|1@}) dp[i] = (dp[i] + dp[i - step]) % MOD;
    }
}
@out i64 dp[n]
""", r"""
%main
@in int n
// ways for 0, 1 and 2 steps
i64 a = 1, b = 1, c = 2;
if (n == 1) {
    @out int 1
    @ret
}
@for(i, 3, n + 1) {
    i64 d = (a + b + c) % 1000000007;
    a = b;
    b = c;
    c = d;
}
@out i64 @{c@|b@}
""", r"""
%need cstring
i64 memo[100005];
@const i64 MOD 1000000007

i64 ways(int n) {
    if (n < 0) return 0;
    if (n == 0) return 1;
    if (memo[n] != -1) return memo[n];
    return memo[n] = (ways(n - 1) + ways(n - 2) + ways(n - 3)) % MOD;
}
%main
@in int n
memset(memo, -1, sizeof(memo));
@out i64 ways(n)
"""])

problem(
    "Prime Factors",
    "Print the prime factors of N in ascending order, each as many times as it divides N.",
    "N (2 &le; N &le; 10<sup>12</sup>).",
    "The prime factors separated by spaces.",
    [("12\n", "2 2 3\n"), ("97\n", "97\n"), ("600851475143\n", "71 839 1471 6857\n"), ("49\n", "7 7\n")],
    [r"""
%need vector
%main
@in i64 n
vector<i64> f;
for (i64 p = 2; p * p <= n; p++) {
    while (n % p == 0) {
        f.push_back(p);
        n /= p;
    }
}
// what is left is a prime larger than the square root
if (n > 1@{@| && f.empty()@}) f.push_back(n);
@rep(i, (int)f.size()) {
    @sep i
    @put i64 f[i]
}
@nl
""", r"""
%main
@in i64 n
bool first = true;
auto emit = [&](i64 p) {
    if (!first) {
        @put str " "
    }
    first = false;
    @put i64 p
};
while (n % 2 == 0) {
    emit(2);
    n /= 2;
}
for (i64 p = 3; p * p @{<=@|<@} n; p += 2) {
    while (n % p == 0) {
        emit(p);
        n /= p;
    }
}
if (n > 1) emit(n);
@nl
""", r"""
%need vector algorithm
i64 smallest_factor(i64 n) {
    for (i64 d = 2; d * d <= n; d++) {
        if (n % d == 0) return d;
    }
    return n;
}
%main
@in i64 n
vector<i64> fs;
while (n > 1) {
    i64 d = smallest_factor(n);
    fs.push_back(d);
    n /= d;
}
sort(@all(fs));
@rep(i, (int)fs.size()) {
    @sep i
    @put i64 fs[i]
}
@nl
"""])

problem(
    "Number of Divisors",
    "Print how many positive integers divide N.",
    "N (1 &le; N &le; 10<sup>12</sup>).",
    "The number of divisors of N.",
    [("12\n", "6\n"), ("1\n", "1\n"), ("36\n", "9\n"), ("720720\n", "240\n")],
    [r"""
%main
@in i64 n
i64 cnt = 0;
for (i64 i = 1; i * i <= n; i++) {
    if (n % i == 0) {
        // i and n / i, once if they are the same
        cnt += (i * i == n) ? 1 : @{2@|1@};
    }
}
@out i64 cnt
""", r"""
%main
@in i64 n
i64 ans = 1;
for (i64 p = 2; p * p <= n; p++) {
    int e = 0;
    while (n % p == 0) {
        n /= p;
        e++;
    }
    ans *= e + 1;
}
if (n > 1) ans *= @{2@|1@};
@out i64 ans
""", r"""
%slow
%main
@in i64 n
i64 cnt = 0;
for (i64 d = 1; d <= n; d++) {
    if (n % d == 0) {
        cnt++;
    }
}
@out i64 cnt
"""])

problem(
    "Perfect Numbers",
    "A number is perfect if it equals the sum of its proper divisors, deficient if the sum is smaller and abundant if it is larger. Classify Q numbers.",
    "Q, then Q lines with N (1 &le; Q &le; 100, 1 &le; N &le; 10<sup>10</sup>).",
    "For each number: perfect, deficient or abundant.",
    [("3\n6\n12\n8\n", "perfect\nabundant\ndeficient\n"), ("3\n1\n28\n16\n", "deficient\nperfect\ndeficient\n")],
    [r"""
// the sum of the divisors of n smaller than n
i64 divisor_sum(i64 n) {
    if (n == 1) return 0;
    i64 s = 1;
    for (i64 d = 2; d * d <= n; d++) {
        if (n % d == 0) {
            s += d;
            if (d != n / d) s += n / d;
        }
    }
    return s;
}
%main
@in int q
while (q--) {
    @in i64 n
    i64 s = divisor_sum(n);
    if (s == n) {
        @out str "perfect"
    } else if (s @{<@|>@} n) {
        @out str "deficient"
    } else {
        @out str "abundant"
    }
}
""", r"""
%need string
%main
@in int q
@rep(k, q) {
    @in i64 n
    i64 sum = 0;
    for (i64 d = 1; d * d <= n; d++) {
        if (n % d != 0) continue;
        if (d != n) sum += d;
        i64 e = n / d;
        if (@{e != d && @|@}e != n) sum += e;
    }
    string kind = sum == n ? "perfect" : (sum < n ? "deficient" : "abundant");
    @out str kind
}
"""])

problem(
    "Day of the Week",
    "Print the day of the week of a date in the Gregorian calendar.",
    "Y M D (1583 &le; Y &le; 9999, a valid date).",
    "Monday, Tuesday, Wednesday, Thursday, Friday, Saturday or Sunday.",
    [("2024 1 1\n", "Monday\n"), ("2000 2 29\n", "Tuesday\n"), ("1970 1 1\n", "Thursday\n"), ("2024 12 25\n", "Wednesday\n")],
    [r"""
%need string
%main
@in int y m d
// Zeller's congruence counts January and February as months 13 and 14 of the year before
if (m < @{3@|2@}) {
    m += 12;
    y -= 1;
}
int K = y % 100, J = y / 100;
int h = (d + 13 * (m + 1) / 5 + K + K / 4 + J / 4 + 5 * J) % 7;
const string names[7] = {"Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
@out str names[h]
""", r"""
%need string
bool leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) @{||@|&&@} y % 400 == 0;
}
%main
@in int y m d
const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
// days since Monday, 1 January of year 1
i64 days = 0;
@for(yy, 1, y) {
    days += leap(yy) ? 366 : 365;
}
@for(mm, 1, m) {
    days += mdays[mm - 1];
    if (mm == 2 && leap(y)) days++;
}
days += d - 1;
const string names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
@out str names[days % 7]
""", r"""
%need string
int weekday(int y, int m, int d) {
    static const int t[12] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3) y -= 1;
    // 0 = Sunday
    return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}
%main
@in int y m d
string names[7] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
@out str names[weekday(y, m, d)]
"""])

problem(
    "Days Between Dates",
    "Print the number of days from the first date to the second (Gregorian calendar).",
    "Two lines Y M D; the second date is not earlier than the first (1600 &le; Y &le; 9999).",
    "The number of days.",
    [("2024 1 1\n2024 12 31\n", "365\n"), ("2023 2 28\n2023 3 1\n", "1\n"), ("2000 1 1\n2000 1 1\n", "0\n"),
     ("1999 12 31\n2000 3 1\n", "61\n")],
    [r"""
// days since a fixed day; the year starts in March so that the leap day comes last
i64 to_days(i64 y, i64 m, i64 d) {
    if (m <= @{2@|1@}) {
        y--;
        m += 12;
    }
    return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d;
}
%main
@in i64 y1 m1 d1
@in i64 y2 m2 d2
@out i64 to_days(y2, m2, d2) - to_days(y1, m1, d1)
""", r"""
bool is_leap(int y) {
    return y % 400 == 0 || (y % 4 == 0 && y % 100 != 0);
}

int day_of_year(int y, int m, int d) {
    static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int r = d;
    @rep(i, m - 1) r += len[i];
    if (m > 2 && is_leap(y)) r++;
    return r;
}
%main
@in int y1 m1 d1 y2 m2 d2
i64 ans = day_of_year(y2, m2, d2) - day_of_year(y1, m1, d1);
@for(y, y1, y2) {
    ans += is_leap(y) ? 366 : @{365@|364@};
}
@out i64 ans
""", r"""
%main
@in int y m d
@in int y2 m2 d2
int mdays[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
i64 cnt = 0;
// walk one day at a time
while (y != y2 || m != m2 || d != d2) {
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    int len = (m == 2 && leap) ? 29 : mdays[m];
    d++;
    if (d > len) {
        d = 1;
        m++;
        if (m > 12) {
            m = 1;
            y++;
        }
    }
    cnt++;
}
@out i64 cnt
"""])

problem(
    "Rectangle Overlap",
    "Two rectangles have sides parallel to the axes. Print the area of their intersection.",
    "Two lines x1 y1 x2 y2: the lower-left and upper-right corners (|coordinates| &le; 10<sup>9</sup>, x1 &lt; x2, y1 &lt; y2).",
    "The area of the intersection (0 if they only touch or are apart).",
    [("0 0 4 4\n2 2 6 6\n", "4\n"), ("0 0 1 1\n5 0 6 1\n", "0\n"), ("-5 -5 5 5\n-1 -10 1 10\n", "20\n"),
     ("0 0 3 3\n3 0 6 3\n", "0\n")],
    [r"""
%need algorithm
%main
@in i64 ax1 ay1 ax2 ay2
@in i64 bx1 by1 bx2 by2
i64 w = min(ax2, bx2) - max(ax1, bx1);
i64 h = min(ay2, by2) - max(ay1, by1);
// a negative side means the rectangles are apart in that direction
if (w < 0 @{||@|&&@} h < 0) {
    w = 0;
    h = 0;
}
@out i64 w * h
""", r"""
%need algorithm
// the length [l1, r1] and [l2, r2] have in common
i64 overlap(i64 l1, i64 r1, i64 l2, i64 r2) {
    return max<i64>(0, min(r1, r2) - max(l1, l2));
}
%main
@in i64 ax1 ay1 ax2 ay2 bx1 by1 bx2 by2
i64 along_x = overlap(ax1, ax2, bx1, bx2);
i64 along_y = overlap(ay1, ay2, @{by1, by2@|bx1, bx2@});
@out i64 along_x * along_y
""", r"""
%need algorithm
struct Rect {
    i64 x1, y1, x2, y2;
};

Rect intersect(const Rect& a, const Rect& b) {
    return {max(a.x1, b.x1), max(a.y1, b.y1), min(a.x2, b.x2), min(a.y2, b.y2)};
}
%main
Rect r[2];
@rep(i, 2) {
    @rd i64 r[i].x1 r[i].y1 r[i].x2 r[i].y2
}
Rect c = intersect(r[0], r[1]);
i64 area = 0;
if (c.x1 < c.x2 && c.y1 < c.y2) {
    area = (c.x2 - c.x1) * (c.y2 - c.y1);
}
@out i64 area
"""])

problem(
    "Polygon Area",
    "The vertices of a simple polygon are given in order (clockwise or counterclockwise). Print twice its area, which is an integer.",
    "N, then N lines x y (3 &le; N &le; 10<sup>5</sup>, |x|, |y| &le; 10<sup>6</sup>).",
    "Twice the area.",
    [("4\n0 0\n4 0\n4 3\n0 3\n", "24\n"), ("3\n0 0\n0 1\n1 0\n", "1\n"), ("5\n0 0\n2 0\n2 2\n1 1\n0 2\n", "6\n")],
    [r"""
%need vector
%main
@in int n
vector<i64> x(n), y(n);
@rep(i, n) {
    @rd i64 x[i] y[i]
}
// the shoelace formula
i64 s = 0;
@rep(i, n) {
    int j = (i + 1) % n;
    s += x[i] * y[j] - x[j] * y[i];
}
@out i64 @{s < 0 ? -s : s@|s@}
""", r"""
%need vector utility cstdlib
%main
@in int n
vector<pair<i64, i64>> pts(n);
for (auto& p : pts) {
    @rd i64 p.first p.second
}
i64 twice = 0;
@rep(i, n) {
    auto [x1, y1] = pts[i];
    auto [x2, y2] = pts[(i + 1) % n];
    // trapezoid under the edge
    twice += (x2 - x1) * (y2 + y1);
}
@out i64 @{abs(twice)@|twice@}
"""])

problem(
    "Collinear Points",
    "For each query of three points, decide whether they lie on one straight line.",
    "Q, then Q lines x1 y1 x2 y2 x3 y3 (1 &le; Q &le; 10<sup>5</sup>, |coordinates| &le; 10<sup>9</sup>).",
    "Yes or No for each query.",
    [("3\n0 0 1 1 2 2\n0 0 1 0 0 1\n1 2 3 6 -1 -2\n", "Yes\nNo\nYes\n"), ("2\n5 5 5 5 7 8\n0 0 2 1 4 3\n", "Yes\nNo\n")],
    [r"""
i64 cross(i64 ax, i64 ay, i64 bx, i64 by) {
    return ax * by - ay * bx;
}
%main
@in int q
@rep(k, q) {
    @in i64 x1 y1 x2 y2 x3 y3
    // the two edge vectors from the first point are parallel
    i64 c = cross(x2 - x1, y2 - y1, x3 - x1, @{y3 - y1@|y3 - y2@});
    @yn c == 0 | "Yes" | "No"
}
""", r"""
struct Pt {
    i64 x, y;
    Pt operator-(const Pt& o) const { return {x - o.x, y - o.y}; }
};

i64 cross(Pt a, Pt b) {
    return a.x * b.y - a.y * b.x;
}
%main
@in int q
while (q-- > 0) {
    Pt p[3];
    @rep(i, 3) {
        @rd i64 p[i].x p[i].y
    }
    bool ok = cross(p[1] - p[0], p[2] - p[0]) == 0;
    @yn ok | "Yes" | "No"
}
"""])

problem(
    "Pairs with Sum K",
    "Count the pairs i &lt; j with a<sub>i</sub> + a<sub>j</sub> = K.",
    "N K, then a<sub>1</sub> ... a<sub>N</sub> (1 &le; N &le; 2&times;10<sup>5</sup>, |a<sub>i</sub>| &le; 10<sup>9</sup>, |K| &le; 2&times;10<sup>9</sup>).",
    "The number of pairs.",
    [("5 6\n1 5 3 3 7\n", "2\n"), ("4 2\n1 1 1 1\n", "6\n"), ("3 100\n1 2 3\n", "0\n"), ("6 10\n5 5 5 1 9 9\n", "5\n")],
    [r"""
%need map
%main
@in int n
@in i64 k
map<i64, int> seen;
i64 ans = 0;
@rep(i, n) {
    @in i64 x
    // pairs with an earlier element
    auto it = seen.find(k - x);
    if (it != seen.end()) ans += it->second@{@| + 1@};
    seen[x]++;
}
@out i64 ans
""", r"""
%need vector algorithm
%main
@in int n
@in i64 k
vector<i64> a(n);
@rdvec i64 a n
sort(@all(a));
i64 ans = 0;
int l = 0, r = n - 1;
while (l < r) {
    i64 s = a[l] + a[r];
    if (s < k) {
        l++;
    } else if (s > k) {
        r--;
    } else if (a[l] == a[r]) {
        // everything between l and r is equal: choose any two
        i64 m = r - l + 1;
        ans += m * (m - 1) / 2;
        break;
    } else {
        int cl = 1, cr = 1;
        while (l + cl < r && a[l + cl] == a[l]) cl++;
        while (r - cr > l && a[r - cr] == a[r]) cr++;
        ans += (i64)cl * @{cr@|cl@};
        l += cl;
        r -= cr;
    }
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
i64 cnt = 0;
@rep(i, n) {
    @for(j, i + 1, n) {
        if (a[i] + a[j] == k) cnt++;
    }
}
@out i64 cnt
"""])

problem(
    "Majority Element",
    "Print the value that occurs more than N/2 times among N integers, or -1 if there is none.",
    "N, then a<sub>1</sub> ... a<sub>N</sub> (1 &le; N &le; 2&times;10<sup>5</sup>, 0 &le; a<sub>i</sub> &le; 10<sup>9</sup>).",
    "The majority value or -1.",
    [("5\n3 3 4 2 3\n", "3\n"), ("4\n1 2 1 2\n", "-1\n"), ("1\n7\n", "7\n"), ("7\n2 2 1 1 1 2 2\n", "2\n")],
    [r"""
%need vector
%main
@in int n
vector<int> a(n);
@rdvec int a n
// Boyer-Moore voting: a majority survives every cancellation
int cand = -1, votes = 0;
for (int x : a) {
    if (votes == 0) {
        cand = x;
        votes = 1;
    } else if (x == cand) {
        votes++;
    } else {
        votes--;
    }
}
int cnt = 0;
for (int x : a) {
    if (x == cand) cnt++;
}
@out int @{2 * cnt > n@|2 * cnt >= n@} ? cand : -1
""", r"""
%need map
%main
@in int n
map<int, int> cnt;
int ans = -1;
@rep(i, n) {
    @in int x
    if (++cnt[x] * 2 > n) ans = x;
}
@out int ans
""", r"""
%need vector algorithm
%main
@in int n
vector<int> a(n);
@rdvec int a n
sort(@all(a));
// a majority value must cover the middle of the sorted array
int mid = a[n / 2];
int from = lower_bound(@all(a), mid) - a.begin();
int to = upper_bound(@all(a), mid) - a.begin();
@out int (to - from) * 2 > n ? mid : @{-1@|a[0]@}
"""])

problem(
    "Stack Commands",
    "Process commands on a stack of integers: push X puts X on top, pop removes the top element (nothing happens if the stack is empty), top prints the top element, or empty if there is none.",
    "Q, then Q commands, one per line (1 &le; Q &le; 2&times;10<sup>5</sup>, |X| &le; 10<sup>9</sup>).",
    "One line for each top command.",
    [("7\npush 3\npush 5\ntop\npop\ntop\npop\ntop\n", "5\n3\nempty\n"), ("4\npop\ntop\npush -2\ntop\n", "empty\n-2\n")],
    [r"""
%need stack string
%main
@in int q
stack<int> st;
while (q--) {
    @in str cmd
    if (cmd == "push") {
        @in int x
        st.push(x);
    } else if (cmd == "pop") {
        if (!st.empty()) st.pop();
    } else if (st.empty()) {
        @out str "empty"
    } else {
        @out int st.top()
    }
}
""", r"""
%need vector string
%main
@in int q
vector<int> st;
@rep(i, q) {
    @in str cmd
    if (cmd == "push") {
        @in int x
        st.push_back(x);
    } else if (cmd == "pop") {
        if (!st.empty()) st.pop_back();
    } else {
        if (st.empty()) {
            @out str "empty"
        } else {
            @out int st.@{back()@|front()@|at(st.size())@}
        }
    }
}
""", r"""
int stk[200005];
int sp = 0;
%main
@in int q
@rep(i, q) {
    @in str cmd
    // push and pop both start with p
    if (cmd[0] == 'p' && cmd[1] == 'u') {
        @rd int stk[sp]
        sp++;
    } else if (cmd[0] == 'p') {
        if (sp > 0) sp--;
    } else if (sp == 0) {
        @out str "empty"
    } else {
        @out int stk[sp - 1]
    }
}
"""], max_len=8)

problem(
    "Sliding Window Maximum",
    "Print the maximum of every window of K consecutive elements.",
    "N K, then a<sub>1</sub> ... a<sub>N</sub> (1 &le; K &le; N &le; 2&times;10<sup>5</sup>, |a<sub>i</sub>| &le; 10<sup>9</sup>).",
    "N - K + 1 maxima separated by spaces.",
    [("8 3\n1 3 -1 -3 5 3 6 7\n", "3 3 5 5 6 7\n"), ("3 1\n4 2 9\n", "4 2 9\n"), ("4 4\n2 7 7 1\n", "7\n"),
     ("5 2\n5 5 1 2 3\n", "5 5 2 3\n")],
    [r"""
%need vector deque
%main
@in int n k
vector<int> a(n);
@rdvec int a n
// indices whose values decrease from front to back
deque<int> dq;
vector<int> ans;
@rep(i, n) {
    while (!dq.empty() && a[dq.back()] <= a[i]) dq.pop_back();
    dq.push_back(i);
    if (dq.front() @{<=@|<@} i - k) dq.pop_front();
    if (i >= k - 1) ans.push_back(a[dq.front()]);
}
@rep(i, (int)ans.size()) {
    @sep i
    @put int ans[i]
}
@nl
""", r"""
%need vector set
%main
@in int n k
vector<int> a(n);
@rdvec int a n
multiset<int> win;
@rep(i, n) {
    win.insert(a[i]);
    // remove one copy of the element that left the window
    if (i >= k) @{win.erase(win.find(a[i - k]));@|win.erase(a[i - k]);@}
    if (i >= k - 1) {
        @sep i - k + 1
        @put int *win.rbegin()
    }
}
@nl
""", r"""
%slow
%need vector algorithm
%main
@in int n k
vector<int> a(n);
@rdvec int a n
@rep(i, n - k + 1) {
    int mx = *max_element(a.begin() + i, a.begin() + i + k);
    @sep i
    @put int mx
}
@nl
"""])

problem(
    "Range XOR",
    "Answer Q queries: the bitwise XOR of a<sub>l</sub> ... a<sub>r</sub>.",
    "N Q, then a<sub>1</sub> ... a<sub>N</sub>, then Q lines l r (1 &le; l &le; r &le; N &le; 2&times;10<sup>5</sup>, Q &le; 2&times;10<sup>5</sup>, 0 &le; a<sub>i</sub> &lt; 2<sup>30</sup>).",
    "One value per line.",
    [("5 3\n1 2 3 4 5\n1 2\n2 5\n4 4\n", "3\n0\n4\n"), ("3 2\n7 7 7\n1 3\n2 3\n", "7\n0\n")],
    [r"""
%need vector
%main
@in int n q
// pre[i] = a1 ^ ... ^ ai; x ^ x = 0 cancels the common prefix
vector<int> pre(n + 1, 0);
@rep(i, n) {
    @in int x
    pre[i + 1] = pre[i] ^ x;
}
while (q--) {
    @in int l r
    @out int pre[r] ^ pre[@{l - 1@|l@}]
}
""", r"""
%need vector
%main
@in int n q
vector<int> a(n);
@rdvec int a n
vector<int> px(n);
@rep(i, n) {
    px[i] = (i > 0 ? px[i - 1] : 0) ^ a[i];
}
@rep(k, q) {
    @in int l r
    l--;
    r--;
    int res = px.at(r);
    if (l > 0) res ^= px.at(@{l - 1@|l@|l - 2@});
    @out int res
}
""", r"""
%slow
%need vector
%main
@in int n q
vector<int> a(n + 1);
@for(i, 1, n + 1) {
    @rd int a[i]
}
while (q--) {
    @in int l r
    int x = 0;
    @for(i, l, r + 1) {
        x ^= a[i];
    }
    @out int x
}
"""])

problem(
    "Longest Palindromic Substring",
    "Print the length of the longest substring of S that reads the same backwards.",
    "A word S of lowercase letters (1 &le; |S| &le; 3000).",
    "The length.",
    [("babad\n", "3\n"), ("cbbd\n", "2\n"), ("a\n", "1\n"), ("forgeeksskeegfor\n", "10\n")],
    [r"""
%need string algorithm
// the length of the longest palindrome around the centre between l and r
int expand(const string& s, int l, int r) {
    while (l >= 0 && r < (int)s.size() && s[l] == s[r]) {
        l--;
        r++;
    }
    return r - l - 1;
}
%main
@in str s
int best = 0;
@rep(i, (int)s.size()) {
    @chmax best expand(s, i, i)
    @chmax best expand(s, i, i @{+ 1@|@})
}
@out int best
""", r"""
%need string vector
%main
@in str s
int n = s.size();
// pal[i][j]: s[i..j] is a palindrome
vector<vector<char>> pal(n, vector<char>(n, 0));
int ans = 1;
@rrep(i, n) {
    @for(j, i, n) {
        if (s[i] == s[j] && (j - i < @{2@|1@} || pal[i + 1][j - 1])) {
            pal[i][j] = 1;
            @chmax ans j - i + 1
        }
    }
}
@out int ans
""", r"""
%slow
%need string
bool is_pal(const string& s, int l, int r) {
    while (l < r) {
        if (s[l++] != s[r--]) return false;
    }
    return true;
}
%main
@in str s
int n = s.size(), ans = 0;
@rep(i, n) {
    @for(j, i, n) {
        if (j - i + 1 > ans && is_pal(s, i, j)) ans = j - i + 1;
    }
}
@out int ans
"""], max_len=3005)

problem(
    "Integer Square Root",
    "For each N print the largest integer r with r<sup>2</sup> &le; N.",
    "Q, then Q lines with N (1 &le; Q &le; 10<sup>5</sup>, 0 &le; N &le; 10<sup>18</sup>).",
    "One r per line.",
    [("4\n0\n15\n16\n1000000000000000000\n", "0\n3\n4\n1000000000\n"), ("2\n999999999999999999\n2\n", "999999999\n1\n")],
    [r"""
%main
@in int q
while (q--) {
    @in i64 n
    i64 lo = 0, hi = 1000000001;
    // lo * lo <= n < hi * hi
    while (hi - lo > 1) {
        i64 mid = (lo + hi) / 2;
        if (mid * mid <= n) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    @out i64 @{lo@|hi@}
}
""", r"""
%main
@in int q
@rep(i, q) {
    @in i64 n
    if (n < 2) {
        @out i64 n
        continue;
    }
    // Newton's iteration from above stops at the floor of the root
    i64 x = n / 2 + 1;
    i64 y = (x + n / x) / 2;
    while (y < x) {
        x = y;
        y = (x + n / x) / 2;
    }
    @out i64 x
}
""", r"""
%need cmath
%main
@in int q
@rep(i, q) {
    @in i64 n
    i64 r = (i64)sqrtl((long double)n);
    // the floating-point root may be off by one either way
    while (r * r > n) {
        r--;
    }
    while ((r + 1) * (r + 1) <= n) {
        r++;
    }
    @out i64 r
}
"""])

problem(
    "Busiest Moment",
    "N visitors were in a room, visitor i from time s<sub>i</sub> until just before e<sub>i</sub>. Print the largest number of visitors in the room at the same time.",
    "N, then N lines s e (1 &le; N &le; 2&times;10<sup>5</sup>, 0 &le; s &lt; e &le; 10<sup>9</sup>).",
    "The largest number of visitors present at once.",
    [("3\n1 4\n2 5\n4 6\n", "2\n"), ("4\n1 10\n2 3\n4 5\n6 7\n", "2\n"), ("2\n1 3\n3 5\n", "1\n")],
    [r"""
%need vector algorithm utility
%main
@in int n
vector<pair<int, int>> ev;
@rep(i, n) {
    @in int s e
    ev.push_back(make_pair(s, 1));
    ev.push_back(make_pair(e, -1));
}
// at equal times -1 sorts first: whoever leaves at t is gone when others arrive at t
sort(@all(ev));
int cur = 0, best = 0;
for (auto& p : ev) {
    cur += p.second;
    @chmax best cur
}
@out int best
""", r"""
%need vector algorithm
%main
@in int n
vector<int> st(n), en(n);
@rep(i, n) {
    @rd int st[i] en[i]
}
sort(@all(st));
sort(@all(en));
int j = 0, ans = 0;
@rep(i, n) {
    // everyone who left by the time the i-th arrival comes
    while (j < n && en[j] @{<=@|<@} st[i]) j++;
    @chmax ans i + 1 - j
}
@out int ans
""", r"""
%need map
%main
@in int n
map<int, int> diff;
@rep(i, n) {
    @in int s e
    diff[s]++;
    diff[e]--;
}
int cur = 0, mx = 0;
for (auto& kv : diff) {
    cur += kv.second;
    @chmax mx cur
}
@out int mx
"""])

problem(
    "Range Increments",
    "An array of N zeros receives Q updates: add x to every element from position l to r. Print the array after all updates.",
    "N Q, then Q lines l r x (1 &le; l &le; r &le; N &le; 2&times;10<sup>5</sup>, Q &le; 2&times;10<sup>5</sup>, |x| &le; 10<sup>9</sup>).",
    "The N elements separated by spaces.",
    [("5 3\n1 3 2\n2 5 -1\n5 5 10\n", "2 1 1 -1 9\n"), ("3 1\n1 3 1000000000\n", "1000000000 1000000000 1000000000\n")],
    [r"""
%need vector
%main
@in int n q
vector<i64> d(n + 2, 0);
@rep(k, q) {
    @in int l r
    @in i64 x
    // the change starts at l and is undone after r
    d[l] += x;
    d[@{r + 1@|r@}] -= x;
}
i64 cur = 0;
@for(i, 1, n + 1) {
    cur += d[i];
    @sep i - 1
    @put i64 cur
}
@nl
""", r"""
%need vector numeric
%main
@in int n q
vector<i64> diff(n + 1, 0);
while (q--) {
    @in int l r
    @in i64 v
    diff.at(l - 1) += v;
    diff.at(@{r@|r - 1@|r + 1@}) -= v;
}
partial_sum(@all(diff), diff.begin());
@rep(i, n) {
    @sep i
    @put i64 diff[i]
}
@nl
""", r"""
%slow
%need vector
%main
@in int n q
vector<i64> a(n, 0);
@rep(k, q) {
    @in int l r
    @in i64 x
    @for(i, l - 1, r) {
        a[i] += x;
    }
}
@rep(i, n) {
    @sep i
    @put i64 a[i]
}
@nl
"""])

problem(
    "Knight Moves",
    "Print the least number of moves a chess knight needs on an N&times;N board to go from one square to another, or -1 if it cannot.",
    "N, then sx sy tx ty: the start and the target square, rows and columns numbered from 1 (1 &le; N &le; 1000).",
    "The least number of moves or -1.",
    [("8\n1 1 8 8\n", "6\n"), ("3\n1 1 2 2\n", "-1\n"), ("5\n2 3 2 3\n", "0\n"), ("8\n1 1 2 3\n", "1\n")],
    [r"""
%need vector queue utility
%main
@in int n
@in int sx sy tx ty
vector<vector<int>> dist(n + 1, vector<int>(n + 1, -1));
const int mr[8] = {1, 2, 2, 1, -1, -2, -2, -1};
const int mc[8] = {2, 1, -1, -2, -2, -1, 1, 2};
queue<pair<int, int>> q;
dist[sx][sy] = 0;
q.push({sx, sy});
while (!q.empty()) {
    auto [r, c] = q.front();
    q.pop();
    @rep(k, 8) {
        int nr = r + mr[k], nc = c + mc[k];
        if (nr < 1 || nr > n || nc < 1 || nc @{>@|>=@} n) continue;
        if (dist[nr][nc] != -1) continue;
        dist[nr][nc] = dist[r][c] + 1;
        q.push({nr, nc});
    }
}
@out int dist[tx][ty]
""", r"""
%need vector queue
%main
@in int n
@in int sx sy tx ty
// square (r, c) is number r * n + c, counted from 0
vector<int> dist(n * n, -1);
queue<int> q;
int src = (sx - 1) * n + (sy - 1);
dist[src] = 0;
q.push(src);
int jumps[8][2] = {{1, 2}, {2, 1}, {2, -1}, {1, -2}, {-1, -2}, {-2, -1}, {-2, 1}, {-1, 2}};
while (!q.empty()) {
    int v = q.front();
    q.pop();
    int r = v / n, c = v % n;
    for (auto& j : jumps) {
        int nr = r + j[0], nc = c + j[1];
        if (nr < 0 || nr >= n || nc < 0 || nc >= n) continue;
        int w = nr * n + nc;
        if (dist[w] < 0) {
            dist[w] = dist[v]@{ + 1@|@};
            q.push(w);
        }
    }
}
@out int dist[(tx - 1) * n + (ty - 1)]
"""])

problem(
    "Largest Room",
    "A floor plan shows free cells '.' and walls '#'. Free cells sharing a side belong to the same room. Print the number of cells of the largest room, or 0 if there is no free cell.",
    "H W, then H lines of W characters (1 &le; H, W &le; 200).",
    "The size of the largest room.",
    [("4 5\n..#..\n.##..\n#...#\n#####\n", "7\n"), ("2 2\n##\n##\n", "0\n"), ("1 4\n.#..\n", "2\n")],
    [r"""
%need vector string
int H, W;
vector<string> grid;

// cells reachable from (r, c), walled up as they are counted
int fill_from(int r, int c) {
    if (r < 0 || r >= H || c < 0 || c >= W || grid[r][c] != '.') return 0;
    grid[r][c] = '#';
    return 1 + fill_from(r + 1, c) + fill_from(r, c + 1)@{ + fill_from(r - 1, c) + fill_from(r, c - 1)@|@};
}
%main
@rd int H W
grid.resize(H);
@rep(i, H) {
    @in str row
    grid[i] = row;
}
int best = 0;
@rep(i, H) @rep(j, W) {
    int got = fill_from(i, j);
    @chmax best got
}
@out int best
""", r"""
%need vector string queue utility
%main
@in int H W
vector<string> grid(H);
@rep(i, H) {
    @in str row
    grid[i] = row;
}
vector<vector<bool>> vis(H, vector<bool>(W, false));
int ans = 0;
const int dr[4] = {1, -1, 0, 0};
const int dc[4] = {0, 0, 1, -1};
@rep(i, H) {
    @rep(j, W) {
        if (grid[i][j] != '.' || vis[i][j]) continue;
        int area = 0;
        queue<pair<int, int>> q;
        q.push({i, j});
        vis[i][j] = true;
        while (!q.empty()) {
            auto [r, c] = q.front();
            q.pop();
            area++;
            @rep(k, 4) {
                int nr = r + dr[k], nc = c + dc[k];
                if (nr >= 0 && nr < H && nc >= 0 && @{nc < W@|nc < W - 1@} && grid[nr][nc] == '.' && !vis[nr][nc]) {
                    vis[nr][nc] = true;
                    q.push({nr, nc});
                }
            }
        }
        @chmax ans area
    }
}
@out int ans
""", r"""
%need vector string numeric
vector<int> par, sz;

int root(int x) {
    while (par[x] != x) x = par[x] = par[par[x]];
    return x;
}

void unite(int a, int b) {
    a = root(a);
    b = root(b);
    if (a == b) return;
    par[a] = b;
    sz[b] += sz[a];
}
%main
@in int H W
vector<string> g(H);
@rep(i, H) {
    @in str row
    g[i] = row;
}
par.resize(H * W);
iota(@all(par), 0);
sz.assign(H * W, 1);
@rep(i, H) @rep(j, W) {
    if (g[i][j] != '.') continue;
    if (i + 1 < H && g[i + 1][j] == '.') unite(i * W + j, (i + 1) * W + j);
    if (j + 1 < W && g[i][j + 1] == '.') unite(i * W + j, i * W + j + 1);
}
int best = 0;
@rep(v, H * W) {
    if (g[v / W][v % W] == '.' && root(v) == v) {
        @chmax best sz[v]
    }
}
@out int best
"""])

problem(
    "Hops",
    "In an undirected graph, print for every vertex the least number of edges on a path from vertex 1, or -1 if there is no path.",
    "N M, then M lines u v (1 &le; N &le; 2&times;10<sup>5</sup>, 0 &le; M &le; 2&times;10<sup>5</sup>).",
    "N lines: the distances of vertices 1 ... N.",
    [("5 4\n1 2\n2 3\n1 3\n4 5\n", "0\n1\n1\n-1\n-1\n"), ("4 3\n1 2\n2 3\n3 4\n", "0\n1\n2\n3\n"), ("3 2\n2 1\n3 2\n", "0\n1\n2\n")],
    [r"""
%need vector queue
%main
@in int n m
vector<vector<int>> G(n + 1);
@rep(i, m) {
    @in int u v
    G[u].push_back(v);
    @{G[v].push_back(u);@|@}
}
vector<int> dist(n + 1, -1);
queue<int> q;
dist[1] = 0;
q.push(1);
while (!q.empty()) {
    int u = q.front();
    q.pop();
    for (int w : G[u]) {
        if (dist[w] == -1) {
            dist[w] = dist[u] + 1;
            q.push(w);
        }
    }
}
@for(i, 1, n + 1) {
    @out int dist[i]
}
""", r"""
%need vector
%main
@in int n m
vector<vector<int>> adj(n);
@rep(i, m) {
    @in int a b
    a--;
    b--;
    adj[a].push_back(b);
    adj[b].push_back(a);
}
// the visiting order doubles as the queue
vector<int> d(n, -1), order;
order.push_back(0);
d[0] = 0;
for (size_t h = 0; h < order.size(); h++) {
    int u = order[h];
    for (int w : adj[u]) {
        if (d[w] < 0) {
            d[w] = d[u] + 1;
            order.push_back(w);
        }
    }
}
@rep(i, n) {
    @out int d@{[i]@|[i] + (d[i] > 1)@|.at(i + 1)@}
}
"""])

problem(
    "Subtree Sizes",
    "A rooted tree has N vertices; vertex 1 is the root and the parent p<sub>i</sub> of every other vertex i has a smaller number. Print the number of vertices in the subtree of every vertex.",
    "N, then p<sub>2</sub> ... p<sub>N</sub> (1 &le; N &le; 10<sup>5</sup>, 1 &le; p<sub>i</sub> &lt; i).",
    "N sizes separated by spaces.",
    [("5\n1 1 2 2\n", "5 3 1 1 1\n"), ("3\n1 2\n", "3 2 1\n"), ("1\n", "1\n")],
    [r"""
%need vector
%main
@in int n
vector<int> par(n + 1, 0), sz(n + 1, 1);
@for(i, 2, n + 1) {
    @rd int par[i]
}
// every parent has a smaller number, so a vertex is finished before its parent
for (int v = n; v >= 2; v--) {
    sz[par[v]] += @{sz[v]@|1@};
}
@for(v, 1, n + 1) {
    @sep v - 1
    @put int sz[v]
}
@nl
""", r"""
%need vector
vector<vector<int>> ch;
vector<int> sz;

int dfs(int v) {
    sz[v] = 1;
    for (int c : ch[v]) {
        sz[v] += dfs(c);
    }
    return sz[v];
}
%main
@in int n
ch.resize(n + 1);
sz.assign(n + 1, 0);
@for(i, 2, n + 1) {
    @in int p
    ch[p].push_back(i);
}
dfs(1);
@for(i, 1, n + 1) {
    @sep i - 1
    @put int sz[i]
}
@nl
""", r"""
%need vector queue
%main
@in int n
vector<int> parent(n + 1, 0);
vector<vector<int>> kids(n + 1);
@for(i, 2, n + 1) {
    @rd int parent[i]
    kids[parent[i]].push_back(i);
}
vector<int> order;
queue<int> q;
q.push(1);
while (!q.empty()) {
    int v = q.front();
    q.pop();
    order.push_back(v);
    for (int c : kids[v]) q.push(c);
}
// in reverse breadth-first order every child comes before its parent
vector<int> sz(n + 1, 1);
for (int k = n - 1; k > 0; k--) {
    int v = order[k];
    sz[parent[v]] += sz[v];
}
@for(i, 1, n + 1) {
    @sep i - 1
    @put int sz[i]
}
@nl
"""])

problem(
    "Non-Adjacent Sum",
    "Choose some of N numbers, never two neighbours, so that their sum is as large as possible. Choosing none is allowed.",
    "N, then a<sub>1</sub> ... a<sub>N</sub> (1 &le; N &le; 2&times;10<sup>5</sup>, 0 &le; a<sub>i</sub> &le; 10<sup>9</sup>).",
    "The largest sum.",
    [("4\n1 2 3 1\n", "4\n"), ("5\n2 7 9 3 1\n", "12\n"), ("1\n5\n", "5\n"), ("3\n5 1 1\n", "6\n")],
    [r"""
%need vector algorithm
%main
@in int n
vector<i64> a(n);
@rdvec i64 a n
// dp[i]: the best sum using the first i numbers
vector<i64> dp(n + 1, 0);
dp[1] = a[0];
@for(i, 2, n + 1) {
    dp[i] = max(dp[i - 1], dp[i - @{2@|1@}] + a[i - 1]);
}
@out i64 dp[n]
""", r"""
%main
@in int n
// the best sums so far with the last number taken or skipped
i64 take = 0, skip = 0;
@rep(i, n) {
    @in i64 x
    i64 nt = skip + x;
    i64 ns = @{take > skip ? take : skip@|skip@};
    take = nt;
    skip = ns;
}
@out i64 take > skip ? take : skip
""", r"""
%slow
%need vector
%main
@in int n
vector<i64> a(n);
@rdvec i64 a n
i64 best = 0;
// every subset with no two neighbours
for (i64 mask = 0; mask < (1LL << n); mask++) {
    if (mask & (mask >> 1)) continue;
    i64 s = 0;
    @rep(i, n) {
        if (mask >> i & 1) s += a[i];
    }
    @chmax best s
}
@out i64 best
"""])

problem(
    "Frog Jumps",
    "A frog on stone 1 wants to reach stone N. From stone i it jumps to stone i + 1 or i + 2, paying the difference of the stones' heights. Print the least total cost.",
    "N, then h<sub>1</sub> ... h<sub>N</sub> (2 &le; N &le; 10<sup>5</sup>, 1 &le; h<sub>i</sub> &le; 10<sup>4</sup>).",
    "The least total cost.",
    [("4\n10 30 40 20\n", "30\n"), ("2\n10 10\n", "0\n"), ("6\n30 10 60 10 60 50\n", "40\n")],
    [r"""
%need vector cstdlib algorithm
%main
@in int n
vector<int> h(n);
@rdvec int h n
vector<int> dp(n, 0);
@for(i, 1, n) {
    dp[i] = dp[i - 1] + abs(h[i] - h[i - 1]);
    if (i > 1) {
        @chmin dp[i] dp[i - 2] + abs(h[i] - h[@{i - 2@|i - 1@}])
    }
}
@out int dp[n - 1]
""", r"""
%need vector
@const int INF 1000000000
%main
@in int n
vector<int> h(n);
@rdvec int h n
vector<int> cost(n, INF);
cost[0] = 0;
@rep(i, n) {
    // push the cost of stone i forward to the stones it can reach
    for (int j = i + 1; j <= i + @{2@|1@} && j < n; j++) {
        int d = h[i] > h[j] ? h[i] - h[j] : h[j] - h[i];
        @chmin cost[j] cost[i] + d
    }
}
@out int cost[n - 1]
""", r"""
%need vector cstdlib algorithm
vector<int> h, memo;

int best(int i) {
    if (i == 0) return 0;
    if (memo[i] >= 0) return memo[i];
    int r = best(i - 1) + abs(h[i] - h[i - 1]);
    if (i >= 2) r = min(r, best(i - 2) + abs(h[i] - h[i - 2]));
    return memo[i] = r;
}
%main
@in int n
h.resize(n);
@rdvec int h n
memo.assign(n, -1);
@out int best(n - 1)
"""])

problem(
    "Pattern Count",
    "Count the positions where the pattern P occurs in the text T (occurrences may overlap).",
    "T on the first line, P on the second (1 &le; |T| &le; 10<sup>5</sup>, 1 &le; |P| &le; 100, lowercase letters).",
    "The number of occurrences.",
    [("abababa\naba\n", "3\n"), ("aaaaa\naa\n", "4\n"), ("hello\nxyz\n", "0\n"), ("abc\nabcd\n", "0\n")],
    [r"""
%need string
%main
@in str t p
int cnt = 0;
size_t pos = t.find(p);
while (pos != string::npos) {
    cnt++;
    // overlapping matches: look again one position later
    pos = t.find(p, pos + @{1@|p.size()@});
}
@out int cnt
""", r"""
%need string
%main
@in str t p
int n = t.size(), m = p.size();
int ans = 0;
for (int i = 0; i + m @{<=@|<@} n; i++) {
    if (t.compare(i, m, p) == 0) ans++;
}
@out int ans
""", r"""
%need string vector
%main
@in str t p
int m = p.size();
// fail[i]: the longest proper border of p[0, i)
vector<int> fail(m + 1, 0);
fail[0] = -1;
@for(i, 1, m + 1) {
    int k = fail[i - 1];
    while (k >= 0 && p[k] != p[i - 1]) k = fail[k];
    fail[i] = k + 1;
}
int cnt = 0, k = 0;
for (char c : t) {
    while (k >= 0 && (k == m || p[k] != c)) k = fail[k];
    k++;
    if (k == m) cnt++;
}
@out int cnt
"""])

problem(
    "Roman Numerals",
    "Write N in Roman numerals.",
    "N (1 &le; N &le; 3999).",
    "N in Roman numerals (I, V, X, L, C, D, M, with the subtractive forms IV, IX, XL, XC, CD, CM).",
    [("3\n", "III\n"), ("58\n", "LVIII\n"), ("1994\n", "MCMXCIV\n"), ("3999\n", "MMMCMXCIX\n"), ("4\n", "IV\n")],
    [r"""
%need string
%main
@in int n
const int val[13] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
const string sym[13] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
string ans;
@rep(i, 13) {
    // the largest value that still fits, as often as it fits
    @{while@|if@} (n >= val[i]) {
        ans += sym[i];
        n -= val[i];
    }
}
@out str ans
""", r"""
%need string
%main
@in int n
const string th[] = {"", "M", "MM", "MMM"};
const string hu[] = {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"};
const string te[] = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
const string on[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
// one table per decimal digit
string r = th[n / 1000] + hu[n / 100 % 10] + te[n / 10 % 10] + on[n % 10];
@out str r
""", r"""
%need string
// one decimal digit written with the symbols for 1, 5 and 10 of its place
string digit(int d, char one, char five, char ten) {
    if (d == 9) return string(1, one) + ten;
    if (d >= 5) return string(1, five) + string(d - 5, one);
    if (d == 4) return string(1, one) + five;
    return string(d, one);
}
%main
@in int n
string s = string(n / 1000, 'M');
s += digit(n / 100 % 10, 'C', 'D', 'M');
s += digit(n / 10 % 10, 'X', 'L', 'C');
s += digit(n % 10, 'I', 'V', @{'X'@|'V'@});
@out str s
"""])

problem(
    "Roman to Integer",
    "Read Q numbers written in Roman numerals and print their values.",
    "Q, then Q lines with a valid Roman numeral of a number from 1 to 3999 (1 &le; Q &le; 10<sup>5</sup>).",
    "One value per line.",
    [("3\nIII\nLVIII\nMCMXCIV\n", "3\n58\n1994\n"), ("2\nIV\nMMMCMXCIX\n", "4\n3999\n")],
    [r"""
%need string
int value(char c) {
    switch (c) {
    case 'I': return 1;
    case 'V': return 5;
    case 'X': return 10;
    case 'L': return 50;
    case 'C': return 100;
    case 'D': return 500;
    default: return 1000;
    }
}
%main
@in int q
while (q--) {
    @in str s
    int ans = 0;
    @rep(i, (int)s.size()) {
        int v = value(s[i]);
        // a symbol before a larger one is subtracted
        if (i + 1 < (int)s.size() && v @{<@|<=@} value(s[i + 1])) {
            ans -= v;
        } else {
            ans += v;
        }
    }
    @out int ans
}
""", r"""
%need string map
%main
@in int q
map<char, int> val = {{'I', 1}, {'V', 5}, {'X', 10}, {'L', 50}, {'C', 100}, {'D', 500}, {'M', 1000}};
@rep(k, q) {
    @in str s
    int total = 0, prev = 0;
    // from the right: a symbol smaller than the one after it is subtracted
    for (int i = (int)s.size() - 1; i >= 0; i--) {
        int v = val[s[i]];
        if (v @{<@|<=@} prev) {
            total -= v;
        } else {
            total += v;
        }
        prev = v;
    }
    @out int total
}
""", r"""
%need string
%main
@in int q
const string pairs[6] = {"IV", "IX", "XL", "XC", "CD", "CM"};
const int pv[6] = {4, 9, 40, 90, 400, 900};
@rep(k, q) {
    @in str s
    int ans = 0;
    size_t i = 0;
    while (i < s.size()) {
        bool took = false;
        @rep(j, 6) {
            if (s.compare(i, 2, pairs[j]) == 0) {
                ans += pv[j];
                i += 2;
                took = true;
                break;
            }
        }
        if (took) continue;
        char c = s[i++];
        ans += c == 'I' ? 1 : c == 'V' ? 5 : c == 'X' ? 10 : c == 'L' ? 50 : c == 'C' ? 100 : c == 'D' ? 500 : 1000;
    }
    @out int ans
}
"""], max_len=20)

problem(
    "Binomial Coefficients",
    "Answer Q queries: the number of ways to choose k of n items, modulo 1 000 000 007.",
    "Q, then Q lines n k (1 &le; Q &le; 10<sup>5</sup>, 0 &le; k &le; n &le; 2000).",
    "One value per line.",
    [("3\n5 2\n10 0\n10 10\n", "10\n1\n1\n"), ("2\n100 50\n2000 1000\n", "538992043\n72475738\n")],
    [r"""
%need vector
@const int MOD 1000000007
%main
// Pascal's triangle: C(i, j) = C(i - 1, j - 1) + C(i - 1, j)
vector<vector<int>> C(2001, vector<int>(2001, 0));
@rep(i, 2001) {
    C[i][@{0@|i@}] = 1;
    @for(j, 1, i + 1) {
        C[i][j] = (C[i - 1][j - 1] + C[i - 1][j]) % MOD;
    }
}
@in int q
while (q--) {
    @in int n k
    @out int C[n][k]
}
""", r"""
%need vector
@const i64 MOD 1000000007

i64 power(i64 b, i64 e) {
    i64 r = 1;
    b %= MOD;
    while (e > 0) {
        if (e & 1) r = r * b % MOD;
        b = b * b % MOD;
        e >>= 1;
    }
    return r;
}
%main
const int N = 2000;
vector<i64> fact(N + 1), inv(N + 1);
fact[0] = 1;
@for(i, 1, N + 1) fact[i] = fact[i - 1] * i % MOD;
// inverse factorials by Fermat's little theorem, then downwards
inv[N] = power(fact[N], MOD - 2);
@rrep(i, N) inv[i] = inv[i + 1] * (i + 1) % MOD;
@in int q
@rep(t, q) {
    @in int n k
    @out i64 fact[n] * inv[k] % MOD * inv[@{n - k@|n@}] % MOD
}
""", r"""
%slow
@const i64 MOD 1000000007

i64 inverse(i64 a) {
    i64 r = 1, e = MOD - 2;
    while (e) {
        if (e & 1) r = r * a % MOD;
        a = a * a % MOD;
        e >>= 1;
    }
    return r;
}
%main
@in int q
while (q--) {
    @in int n k
    i64 num = 1, den = 1;
    @rep(i, k) {
        num = num * (n - i) % MOD;
        den = den * (i + 1) % MOD;
    }
    @out i64 num * inverse(den) % MOD
}
"""])

problem(
    "Fewest Coins",
    "A customer pays for an item costing N with a 1000 note. The change is paid in coins of 500, 100, 50, 10, 5 and 1. Print the least number of coins.",
    "N (1 &le; N &le; 999).",
    "The least number of coins.",
    [("380\n", "4\n"), ("1\n", "15\n"), ("999\n", "1\n"), ("500\n", "1\n")],
    [r"""
%main
@in int n
int change = 1000 - n;
const int coins[6] = {500, 100, 50, 10, @{5@|1@}, 1};
int cnt = 0;
// each coin divides the next larger one, so taking the largest first is optimal
@rep(i, 6) {
    cnt += change / coins[i];
    change %= coins[i];
}
@out int cnt
""", r"""
%need vector
%main
@in int n
int rest = 1000 - n, ans = 0;
vector<int> coins = {500, 100, 50, 10, 5, 1};
for (int c : coins) {
    while (rest >= c) {
        rest -= c;
        ans++;
    }
}
@out int ans
""", r"""
%main
@in int n
int r = 1000 - n;
int c500 = r / 500;
r %= 500;
int c100 = r / 100;
r %= 100;
int c50 = r / 50;
r %= 50;
int c10 = r / 10;
r %= 10;
int c5 = r / 5;
int c1 = r % 5;
@out int c500 + c100 + c50 + c10 + c5 + c1
"""])

problem(
    "Rain Water",
    "Bars of the given heights stand side by side, each one unit wide. Print how many units of water stay between them after rain.",
    "N, then h<sub>1</sub> ... h<sub>N</sub> (1 &le; N &le; 2&times;10<sup>5</sup>, 0 &le; h<sub>i</sub> &le; 10<sup>9</sup>).",
    "The amount of water.",
    [("12\n0 1 0 2 1 0 1 3 2 1 2 1\n", "6\n"), ("6\n4 2 0 3 2 5\n", "9\n"), ("3\n1 2 3\n", "0\n")],
    [r"""
%need vector algorithm
%main
@in int n
vector<int> h(n);
@rdvec int h n
vector<int> lmax(n), rmax(n);
@rep(i, n) lmax[i] = max(h[i], i > 0 ? lmax[i - 1] : 0);
@rrep(i, n) rmax[i] = max(h[i], i + 1 < n ? rmax[i + 1] : 0);
i64 ans = 0;
@rep(i, n) {
    // the water above bar i is bounded by the lower of the highest bars on either side
    ans += @{min@|max@}(lmax[i], rmax[i]) - h[i];
}
@out i64 ans
""", r"""
%need vector
%main
@in int n
vector<i64> h(n);
@rdvec i64 h n
int l = 0, r = n - 1;
i64 lmax = 0, rmax = 0, water = 0;
// move the lower side inwards: its level is already decided
while (l < r) {
    if (h[l] < h[r]) {
        if (h[l] >= lmax) lmax = h[l];
        else water += lmax - h[l];
        l++;
    } else {
        if (h[r] >= rmax) rmax = h[r];
        else water += rmax - h[r];
        r--;
    }
}
@out i64 water
""", r"""
%need vector stack algorithm
%main
@in int n
vector<i64> h(n);
@rdvec i64 h n
stack<int> st;
i64 ans = 0;
@rep(i, n) {
    while (!st.empty() && h[st.top()] < h[i]) {
        int bottom = st.top();
        st.pop();
        if (st.empty()) break;
        int l = st.top();
        i64 width = i - l - 1;
        i64 height = min(h[l], h[i]) - h[bottom];
        ans += width * height;
    }
    st.push(i);
}
@out i64 ans
"""])

problem(
    "Largest Rectangle",
    "Bars of the given heights stand side by side, each one unit wide. Print the area of the largest rectangle that fits inside them.",
    "N, then h<sub>1</sub> ... h<sub>N</sub> (1 &le; N &le; 2&times;10<sup>5</sup>, 0 &le; h<sub>i</sub> &le; 10<sup>9</sup>).",
    "The largest area.",
    [("7\n2 1 4 5 1 3 3\n", "8\n"), ("6\n2 1 5 6 2 3\n", "10\n"), ("1\n7\n", "7\n"), ("3\n1 1 1\n", "3\n")],
    [r"""
%need vector stack
%main
@in int n
vector<i64> h(n + 1, 0);
@rep(i, n) {
    @rd i64 h[i]
}
// the bar of height 0 at the end empties the stack
stack<int> st;
i64 best = 0;
@rep(i, n + 1) {
    while (!st.empty() && h[st.top()] >= h[i]) {
        i64 height = h[st.top()];
        st.pop();
        int from = st.empty() ? -1 : st.top();
        @chmax best height * (@{i - from - 1@|i - from@})
    }
    st.push(i);
}
@out i64 best
""", r"""
%need vector
%main
@in int n
vector<i64> h(n);
@rdvec i64 h n
// L[i] .. R[i]: the bars around i that are at least as high
vector<int> L(n), R(n);
@rep(i, n) {
    int j = i - 1;
    while (j >= 0 && h[j] >= h[i]) j = L[j] - 1;
    L[i] = j + 1;
}
@rrep(i, n) {
    int j = i + 1;
    while (j < n && h[j] >= h[i]) j = R[j] + 1;
    R[i] = j@{ - 1@|@};
}
i64 ans = 0;
@rep(i, n) {
    @chmax ans h[i] * (R[i] - L[i] + 1)
}
@out i64 ans
""", r"""
%slow
%need vector algorithm
%main
@in int n
vector<i64> h(n);
@rdvec i64 h n
i64 best = 0;
@rep(i, n) {
    i64 low = h[i];
    @for(j, i, n) {
        low = min(low, h[j]);
        @chmax best low * (j - i + 1)
    }
}
@out i64 best
"""])

problem(
    "Covered Length",
    "N segments [l, r] lie on a line. Print the total length of the line they cover.",
    "N, then N lines l r (1 &le; N &le; 2&times;10<sup>5</sup>, 0 &le; l &lt; r &le; 10<sup>9</sup>).",
    "The covered length.",
    [("3\n1 3\n2 5\n6 8\n", "6\n"), ("2\n0 10\n2 3\n", "10\n"), ("2\n1 2\n2 3\n", "2\n")],
    [r"""
%need vector algorithm utility
%main
@in int n
vector<pair<i64, i64>> seg(n);
for (auto& s : seg) {
    @rd i64 s.first s.second
}
sort(@all(seg));
i64 total = 0;
// [cl, cr]: the union of the segments merged so far
i64 cl = seg[0].first, cr = seg[0].second;
@for(i, 1, n) {
    if (seg[i].first <= cr) {
        cr = @{max(cr, seg[i].second)@|seg[i].second@};
    } else {
        total += cr - cl;
        cl = seg[i].first;
        cr = seg[i].second;
    }
}
total += cr - cl;
@out i64 total
""", r"""
%need vector algorithm utility
%main
@in int n
vector<pair<i64, int>> ev;
@rep(i, n) {
    @in i64 l r
    ev.push_back({l, 1});
    ev.push_back({r, -1});
}
sort(@all(ev));
i64 ans = 0;
int depth = 0;
@rep(i, (int)ev.size()) {
    // between two event points the line is covered if any segment is open
    if (depth > 0) ans += ev[i].first - ev[i - 1].first;
    depth += ev[i].second;
}
@out i64 ans
"""])

problem(
    "Game of Life",
    "Print the grid after one step of Conway's Game of Life: a live cell '#' stays alive with 2 or 3 live neighbours (of 8), a dead cell '.' comes alive with exactly 3. Cells outside the grid are dead.",
    "H W, then H lines of W characters (1 &le; H, W &le; 100).",
    "The next grid.",
    [("3 3\n.#.\n.#.\n.#.\n", "...\n###\n...\n"), ("2 2\n##\n##\n", "##\n##\n"), ("1 3\n###\n", ".#.\n")],
    [r"""
%need vector string
%main
@in int H W
vector<string> cur(H);
@rep(i, H) {
    @in str row
    cur[i] = row;
}
// every cell is decided from the old grid
vector<string> nxt = cur;
@rep(i, H) {
    @rep(j, W) {
        int alive = 0;
        for (int di = -1; di <= 1; di++) {
            for (int dj = -1; dj <= 1; dj++) {
                if (di == 0 && dj == 0) continue;
                int r = i + di, c = j + dj;
                if (r >= 0 && r < H && c >= 0 && c < W && @{cur@|nxt@}[r][c] == '#') alive++;
            }
        }
        if (cur[i][j] == '#') {
            nxt[i][j] = (alive == 2 || alive == 3) ? '#' : '.';
        } else {
            nxt[i][j] = alive == 3 ? '#' : '.';
        }
    }
}
@rep(i, H) {
    @out str nxt[i]
}
""", r"""
%need string
// a border of dead cells around the grid
int g[102][102], cnt[102][102];
%main
@in int H W
@rep(i, H) {
    @in str row
    @rep(j, W) g[i + 1][j + 1] = row[j] == '#';
}
@for(i, 1, H + 1) @for(j, 1, W + 1) {
    @for(a, i - 1, i + 2) @for(b, j - 1, j + 2) {
        cnt[i][j] += g[a][b];
    }
    cnt[i][j] -= @{g[i][j]@|0@};
}
@for(i, 1, H + 1) {
    @for(j, 1, W + 1) {
        bool live = cnt[i][j] == 3 || (g[i][j] && cnt[i][j] == 2);
        @put char live ? '#' : '.'
    }
    @nl
}
"""])

problem(
    "Spiral Matrix",
    "Fill an N&times;N matrix with 1, 2, ..., N<sup>2</sup> in a clockwise spiral starting at the top-left corner.",
    "N (1 &le; N &le; 100).",
    "N lines of N numbers separated by spaces.",
    [("3\n", "1 2 3\n8 9 4\n7 6 5\n"), ("1\n", "1\n"), ("4\n", "1 2 3 4\n12 13 14 5\n11 16 15 6\n10 9 8 7\n")],
    [r"""
%need vector
%main
@in int n
vector<vector<int>> a(n, vector<int>(n, 0));
int dr[4] = {0, 1, 0, -1}, dc[4] = {1, 0, -1, 0};
int r = 0, c = 0, d = 0;
@for(k, 1, n * n + 1) {
    a[r][c] = k;
    int nr = r + dr[d], nc = c + dc[d];
    // turn right at the border or at a filled cell
    if (nr < 0 || nr >= n || nc < 0 || nc >= n@{ || a[nr][nc] != 0@|@}) {
        d = (d + 1) % 4;
        nr = r + dr[d];
        nc = c + dc[d];
    }
    r = nr;
    c = nc;
}
@rep(i, n) {
    @rep(j, n) {
        @sep j
        @put int a[i][j]
    }
    @nl
}
""", r"""
%need vector
%main
@in int n
vector<vector<int>> m(n, vector<int>(n));
int top = 0, bot = n - 1, lc = 0, rc = n - 1, v = 1;
// one ring at a time: top row, right column, bottom row, left column
while (top <= bot && lc <= rc) {
    for (int j = lc; j <= rc; j++) m[top][j] = v++;
    top++;
    for (int i = top; i <= bot; i++) m[i][rc] = v++;
    rc--;
    if (top <= bot) {
        for (int j = rc; j >= lc; j--) m[bot][j] = v++;
        bot--;
    }
    if (lc <= rc) {
        for (int i = bot; i >= top; i--) m[i][lc] = v++;
        lc++;
    }
}
@rep(i, n) {
    @rep(j, n) {
        @sep j
        @put int m[i][j]
    }
    @nl
}
"""])

problem(
    "Rotate Grid",
    "Rotate a grid of characters by 90 degrees clockwise.",
    "H W, then H lines of W characters (1 &le; H, W &le; 100).",
    "W lines of H characters.",
    [("2 3\nabc\ndef\n", "da\neb\nfc\n"), ("1 1\nx\n", "x\n"), ("3 2\nab\ncd\nef\n", "eca\nfdb\n")],
    [r"""
%need vector string
%main
@in int H W
vector<string> g(H);
@rep(i, H) {
    @in str row
    g[i] = row;
}
// row j of the result is column j read from the bottom up
@rep(j, W) {
    string line;
    @{@rrep(i, H)@|@rep(i, H)@} {
        line += g[i][j];
    }
    @out str line
}
""", r"""
%need string
char grid[105][105];
%main
@in int H W
@rep(i, H) {
    @in str s
    @rep(j, W) grid[i][j] = s[j];
}
@rep(j, W) {
    @rep(k, H) {
        @put char grid[H - 1 - k][j]
    }
    @nl
}
""", r"""
%need vector string
%main
@in int H W
vector<string> a(H);
@rep(i, H) {
    @in str s
    a[i] = s;
}
// cell (i, j) moves to row j, column H - 1 - i
vector<string> res(W, string(H, '?'));
@rep(i, H) @rep(j, W) {
    res[j][H - 1 - i] = a[i][j];
}
for (auto& line : res) {
    @out str line
}
"""], max_len=105)

problem(
    "Minesweeper",
    "Replace every '.' of a minefield by the number of mines '*' among its (up to 8) neighbours.",
    "H W, then H lines of W characters '.' or '*' (1 &le; H, W &le; 100).",
    "The field with the numbers.",
    [("3 4\n*...\n....\n.*..\n", "*100\n2210\n1*10\n"), ("1 1\n.\n", "0\n"), ("2 2\n**\n*.\n", "**\n*3\n")],
    [r"""
%need vector string
%main
@in int H W
vector<string> g(H);
@rep(i, H) {
    @in str row
    g[i] = row;
}
@rep(i, H) {
    @rep(j, W) {
        if (g[i][j] == '*') continue;
        int cnt = 0;
        for (int di = -1; di @{<=@|<@} 1; di++) {
            for (int dj = -1; dj <= 1; dj++) {
                int r = i + di, c = j + dj;
                if (r >= 0 && r < H && c >= 0 && c < W && g[r][c] == '*') cnt++;
            }
        }
        // digits written so far are not mines, so counting in place is fine
        g[i][j] = '0' + cnt;
    }
}
@rep(i, H) {
    @out str g[i]
}
""", r"""
%need string
char mine[102][102];
%main
@in int H W
@rep(i, H) {
    @in str s
    @rep(j, W) mine[i + 1][j + 1] = s[j];
}
const int d8[8][2] = {{-1, -1}, {-1, 0}, {-1, 1}, {0, -1}, {0, 1}, {1, -1}, {1, 0}, {1, 1}};
@for(i, 1, H + 1) {
    @for(j, 1, W + 1) {
        if (mine[i][j] == '*') {
            @put char '*'
            continue;
        }
        int n = 0;
        for (auto& d : d8) n += mine[i + d[0]][j + d[1]] == '*';
        @put int n
    }
    @nl
}
"""])

problem(
    "Tic-Tac-Toe",
    "A finished game of tic-tac-toe is shown. Print X or O if that player has three marks in a row, column or diagonal, and draw otherwise (never both).",
    "Three lines of three characters X, O or '.'.",
    "X, O or draw.",
    [("XXX\nOO.\n...\n", "X\n"), ("XO.\nXO.\n.O.\n", "O\n"), ("XOX\nOXO\nOXO\n", "draw\n"), ("O.X\n.XO\nX..\n", "X\n")],
    [r"""
%need string
%main
string b;
@rep(i, 3) {
    @in str row
    b += row;
}
const int lines[8][3] = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}@{, {2, 4, 6}@|@}};
string winner = "draw";
for (auto& ln : lines) {
    if (b[ln[0]] != '.' && b[ln[0]] == b[ln[1]] && b[ln[1]] == b[ln[2]]) {
        winner = string(1, b[ln[0]]);
    }
}
@out str winner
""", r"""
%need vector string
// the winner's mark, or '.' if nobody has three in a row
char winner(const vector<string>& g) {
    @rep(i, 3) {
        if (g[i][0] != '.' && g[i][0] == g[i][1] && g[i][1] == g[i][2]) return g[i][0];
        if (g[0][i] != '.' && g[0][i] == g[1][i] && g[1][i] == g[2][i]) return g[0][i];
    }
    if (g[1][1] == '.') return '.';
    if (g[0][0] == g[1][1] && g[1][1] == g[2][2]) return g[1][1];
    if (g[0][2] == g[1][1] && g[1][1] == g[2][0]) return g[1][1];
    return '.';
}
%main
vector<string> g(3);
@rep(i, 3) {
    @in str row
    g[i] = row;
}
char w = winner(g);
if (w == '.') {
    @out str "draw"
} else {
    @out char w
}
"""], max_len=8)

problem(
    "Euler's Totient",
    "Print how many of 1, 2, ..., N share no common divisor greater than 1 with N.",
    "N (1 &le; N &le; 10<sup>12</sup>).",
    "&phi;(N).",
    [("1\n", "1\n"), ("10\n", "4\n"), ("13\n", "12\n"), ("36\n", "12\n"), ("1000000\n", "400000\n")],
    [r"""
%main
@in i64 n
i64 phi = n;
for (i64 p = 2; p * p <= n; p++) {
    if (n % p != 0) continue;
    while (n % p == 0) n /= p;
    // remove the multiples of p
    phi -= phi / p;
}
if (n > 1) phi -= phi / @{n@|2@};
@out i64 phi
""", r"""
%need vector
%main
@in i64 n
vector<i64> primes;
i64 m = n;
for (i64 d = 2; d * d <= m; d++) {
    if (m % d == 0) {
        primes.push_back(d);
        @{while@|if@} (m % d == 0) m /= d;
    }
}
if (m > 1) primes.push_back(m);
i64 ans = n;
for (i64 p : primes) {
    ans = ans / p * (p - 1);
}
@out i64 ans
""", r"""
%slow
%need numeric
%main
@in i64 n
i64 cnt = 0;
for (i64 k = 1; k <= n; k++) {
    if (gcd(k, n) == 1) cnt++;
}
@out i64 cnt
"""])

problem(
    "Goldbach Pairs",
    "Count the ways to write an even number N as p + q with primes p &le; q.",
    "N (4 &le; N &le; 10<sup>6</sup>, N even).",
    "The number of pairs.",
    [("10\n", "2\n"), ("4\n", "1\n"), ("100\n", "6\n"), ("1000000\n", "5402\n")],
    [r"""
%need vector
%main
@in int n
// the sieve of Eratosthenes
vector<bool> comp(n + 1, false);
comp[0] = comp[1] = true;
for (int i = 2; (i64)i * i <= n; i++) {
    if (comp[i]) continue;
    for (int j = i * i; j <= n; j += i) comp[j] = true;
}
int cnt = 0;
@for(p, 2, n / 2@{ + 1@|@}) {
    if (!comp[p] && !comp[n - p]) cnt++;
}
@out int cnt
""", r"""
bool is_prime(int x) {
    if (x < 2) return false;
    for (int d = 2; d * d <= x; d++) {
        if (x % d == 0) return false;
    }
    return true;
}
%main
@in int n
int ans = 0;
for (int p = 2; p <= n - p; p++) {
    if (is_prime(p) && is_prime(n - p)) ans++;
}
@out int ans
""", r"""
%need vector
%main
@in int n
vector<char> sieve(n + 1, 1);
vector<int> primes;
@for(i, 2, n + 1) {
    if (!sieve[i]) continue;
    primes.push_back(i);
    for (i64 j = (i64)i * i; j <= n; j += i) sieve[j] = 0;
}
// two pointers over the sorted primes
int lo = 0, hi = (int)primes.size() - 1, ans = 0;
while (lo <= hi) {
    int s = primes[lo] + primes[hi];
    if (s == n) {
        ans++;
        lo++;
        hi--;
    } else if (s < n) {
        lo++;
    } else {
        hi--;
    }
}
@out int ans
"""])

problem(
    "Collatz Steps",
    "Starting from N, repeatedly halve an even number and replace an odd number n by 3n + 1. Print how many steps it takes to reach 1.",
    "Q, then Q lines with N (1 &le; Q &le; 1000, 1 &le; N &le; 10<sup>6</sup>).",
    "One number of steps per line.",
    [("3\n1\n6\n27\n", "0\n8\n111\n"), ("1\n97\n", "118\n")],
    [r"""
%main
@in int q
while (q--) {
    // the values may grow past 32 bits on the way
    @in i64 n
    int steps = 0;
    while (n != 1) {
        if (n % 2 == 0) {
            n /= 2;
        } else {
            n = 3 * n + 1;
        }
        steps++;
    }
    @out int steps
}
""", r"""
%need map
map<i64, int> memo;

int steps(i64 n) {
    if (n == 1) return @{0@|1@};
    auto it = memo.find(n);
    if (it != memo.end()) return it->second;
    int r = 1 + steps(n % 2 == 0 ? n / 2 : 3 * n + 1);
    memo[n] = r;
    return r;
}
%main
@in int q
@rep(i, q) {
    @in i64 n
    @out int steps(n)
}
""", r"""
%main
@in int q
@rep(k, q) {
    @in i64 n
    int cnt = 0;
    for (; n > 1; cnt++) {
        n = (n & 1) ? 3 * n + 1 : n >> 1;
    }
    @out int cnt
}
"""])

problem(
    "Sudoku Check",
    "Decide whether a filled 9&times;9 grid is a valid sudoku solution: every row, every column and every 3&times;3 box holds the digits 1 to 9 once each.",
    "9 lines of 9 digits separated by spaces.",
    "Yes or No.",
    [("1 2 3 4 5 6 7 8 9\n4 5 6 7 8 9 1 2 3\n7 8 9 1 2 3 4 5 6\n2 3 4 5 6 7 8 9 1\n5 6 7 8 9 1 2 3 4\n"
      "8 9 1 2 3 4 5 6 7\n3 4 5 6 7 8 9 1 2\n6 7 8 9 1 2 3 4 5\n9 1 2 3 4 5 6 7 8\n", "Yes\n"),
     ("2 1 3 4 5 6 7 8 9\n4 5 6 7 8 9 1 2 3\n7 8 9 1 2 3 4 5 6\n2 3 4 5 6 7 8 9 1\n5 6 7 8 9 1 2 3 4\n"
      "8 9 1 2 3 4 5 6 7\n3 4 5 6 7 8 9 1 2\n6 7 8 9 1 2 3 4 5\n9 1 2 3 4 5 6 7 8\n", "No\n"),
     ("1 2 3 4 5 6 7 8 9\n2 3 4 5 6 7 8 9 1\n3 4 5 6 7 8 9 1 2\n4 5 6 7 8 9 1 2 3\n5 6 7 8 9 1 2 3 4\n"
      "6 7 8 9 1 2 3 4 5\n7 8 9 1 2 3 4 5 6\n8 9 1 2 3 4 5 6 7\n9 1 2 3 4 5 6 7 8\n", "No\n")],
    [r"""
%main
int g[9][9];
@rep(i, 9) @rep(j, 9) {
    @rd int g[i][j]
}
bool ok = true;
@rep(i, 9) {
    bool row[10] = {false}, col[10] = {false}, box[10] = {false};
    @rep(j, 9) {
        int a = g[i][j], b = g[j][i];
        // the j-th cell of box i
        int c = g[i / 3 * 3 + j / 3][i % 3 * 3 + j % 3];
        if (row[a] || col[b] || @{box[c]@|false@}) ok = false;
        row[a] = col[b] = box[c] = true;
    }
}
@yn ok | "Yes" | "No"
""", r"""
%need vector set
%main
vector<vector<int>> g(9, vector<int>(9));
@rep(i, 9) {
    @rep(j, 9) {
        @rd int g[i][j]
    }
}
bool valid = true;
@rep(k, 9) {
    set<int> r, c, b;
    @rep(t, 9) {
        r.insert(g[k][t]);
        c.insert(g[t][k]);
        b.insert(g[k / 3 * 3 + t / 3][k % 3 * 3 + t % 3]);
    }
    // nine different digits from 1 to 9 are all of them
    if (r.size() != 9 || c.size() != 9 || b.size() != 9) valid = false;
}
@yn valid | "Yes" | "No"
""", r"""
%main
int rows[9] = {0}, cols[9] = {0}, boxes[9] = {0};
bool good = true;
@rep(i, 9) {
    @rep(j, 9) {
        @in int d
        int bit = 1 << d;
        int b = i / 3 * 3 + j / 3;
        if ((rows[i] & bit) || (cols[j] & bit) || (boxes[b] & bit)) good = false;
        rows[i] |= bit;
        cols[j] |= bit;
        boxes[b] |= bit;
    }
}
@yn good | "Yes" | "No"
"""])

problem(
    "N Queens",
    "Count the ways to place N queens on an N&times;N chessboard so that no two attack each other.",
    "N (1 &le; N &le; 10).",
    "The number of placements.",
    [("4\n", "2\n"), ("1\n", "1\n"), ("8\n", "92\n"), ("3\n", "0\n")],
    [r"""
int n, ans = 0;
bool col[20], d1[40], d2[40];

// place a queen in row r and every row after it
void place(int r) {
    if (r == n) {
        ans++;
        return;
    }
    @rep(c, n) {
        if (col[c] || d1[r + c] || d2[r - c + n]) continue;
        col[c] = d1[r + c] = d2[r - c + n] = true;
        place(r + 1);
        col[c] = d1[r + c] = d2[r - c + n] = @{false@|true@};
    }
}
%main
@rd int n
place(0);
@out int ans
""", r"""
int full;

// cols, ld, rd: the squares of the current row attacked from above
int count_from(int cols, int ld, int rd) {
    if (cols == full) return 1;
    int total = 0;
    int avail = full & ~(cols | ld | rd);
    while (avail) {
        int bit = avail & -avail;
        avail -= bit;
        total += count_from(cols | bit, (ld | bit) << 1, @{(rd | bit) >> 1@|rd >> 1@});
    }
    return total;
}
%main
@in int n
full = (1 << n) - 1;
@out int count_from(0, 0, 0)
""", r"""
%need vector algorithm numeric
%main
@in int n
vector<int> p(n);
iota(@all(p), 0);
int cnt = 0;
// queen i stands in row i, column p[i]: only the diagonals need checking
do {
    bool ok = true;
    for (int i = 0; i < n && ok; i++) {
        for (int j = i + 1; j < n; j++) {
            if (j - i == p[j] - p[i] || j - i == p[i] - p[j]) {
                ok = false;
                break;
            }
        }
    }
    if (ok) cnt++;
} while (next_permutation(@all(p)));
@out int cnt
"""])

problem(
    "Permutation Check",
    "Decide whether N numbers are a permutation of 1, 2, ..., N.",
    "N, then a<sub>1</sub> ... a<sub>N</sub> (1 &le; N &le; 2&times;10<sup>5</sup>, 1 &le; a<sub>i</sub> &le; 10<sup>9</sup>).",
    "Yes or No.",
    [("5\n4 1 3 5 2\n", "Yes\n"), ("3\n1 1 3\n", "No\n"), ("2\n2 3\n", "No\n"), ("1\n1\n", "Yes\n"),
     ("3\n1 2 1000000000\n", "No\n")],
    [r"""
%need vector algorithm
%main
@in int n
vector<int> a(n);
@rdvec int a n
sort(@all(a));
bool ok = true;
@rep(i, n) {
    if (a[i] != i + 1) ok = false;
}
@yn ok | "Yes" | "No"
""", r"""
%need vector
%main
@in int n
vector<bool> seen(n + 2, false);
bool ok = true;
@rep(i, n) {
    @in int x
    if (x < 1 || @{x > n || seen[x]@|x > n + 1 || seen[x]@|seen.at(x)@}) {
        ok = false;
    } else {
        seen[x] = true;
    }
}
@yn ok | "Yes" | "No"
""", r"""
%need set
%main
@in int n
set<int> s;
int mx = 0;
@rep(i, n) {
    @in int x
    s.insert(x);
    @chmax mx x
}
// n different values of at least 1 with n the largest
@yn (int)s.size() == n && mx == n | "Yes" | "No"
"""])

problem(
    "Next Permutation",
    "Print the permutation that follows the given one in lexicographic order, or none if it is the last one.",
    "N, then a permutation of 1 ... N (1 &le; N &le; 2&times;10<sup>5</sup>).",
    "The next permutation, or none.",
    [("3\n1 2 3\n", "1 3 2\n"), ("3\n3 2 1\n", "none\n"), ("5\n1 3 5 4 2\n", "1 4 2 3 5\n"), ("1\n1\n", "none\n")],
    [r"""
%need vector algorithm
%main
@in int n
vector<int> p(n);
@rdvec int p n
if (!next_permutation(@all(p))) {
    @out str "none"
    @ret
}
@rep(i, n) {
    @sep i
    @put int p[i]
}
@nl
""", r"""
%need vector algorithm
%main
@in int n
vector<int> a(n);
@rdvec int a n
// a[i + 1 ...] is the longest decreasing suffix
int i = n - 2;
while (i >= 0 && a[i] > a[i + 1]) i--;
if (i < 0) {
    @out str "none"
    @ret
}
int j = n - 1;
while (a[j] < a[i]) j--;
swap(a[i], a[j]);
@{reverse(a.begin() + i + 1, a.end());@|@}
@rep(k, n) {
    @sep k
    @put int a[k]
}
@nl
"""])

problem(
    "Minimum Swaps",
    "Print the least number of swaps of two elements that sort a permutation of 1 ... N.",
    "N, then the permutation (1 &le; N &le; 2&times;10<sup>5</sup>).",
    "The least number of swaps.",
    [("4\n4 3 2 1\n", "2\n"), ("5\n1 2 3 4 5\n", "0\n"), ("5\n2 3 4 5 1\n", "4\n"), ("3\n3 1 2\n", "2\n")],
    [r"""
%need vector
%main
@in int n
vector<int> p(n);
@rep(i, n) {
    @rd int p[i]
    p[i]--;
}
vector<bool> vis(n, false);
int ans = 0;
@rep(i, n) {
    if (vis[i]) continue;
    // a cycle of length L needs L - 1 swaps
    int len = 0;
    for (int j = i; !vis[j]; j = p[j]) {
        vis[j] = true;
        len++;
    }
    ans += len - @{1@|0@};
}
@out int ans
""", r"""
%need vector
%main
@in int n
vector<int> a(n + 1);
@for(i, 1, n + 1) {
    @rd int a[i]
}
int swaps = 0;
@for(i, 1, n + 1) {
    // every swap puts at least one value where it belongs
    while (a[i] != i) {
        swap(a[i], a[a[i]]);
        swaps++;
    }
}
@out int swaps
""", r"""
%need vector
%main
@in int n
vector<int> a(n), pos(n + 1);
@rep(i, n) {
    @rd int a[i]
    pos[a[i]] = i;
}
int cnt = 0;
@rep(i, n) {
    if (a[i] == i + 1) continue;
    // bring the value i + 1 here
    int j = pos[i + 1];
    pos[a[i]] = j;
    a[j] = a[i];
    a[i] = i + 1;
    pos[i + 1] = i;
    cnt++;
}
@out int cnt
"""])

problem(
    "Joining Ropes",
    "N ropes are joined into one, two at a time; joining ropes of lengths a and b costs a + b. Print the least total cost.",
    "N, then the lengths (1 &le; N &le; 2&times;10<sup>5</sup>, 1 &le; length &le; 10<sup>9</sup>).",
    "The least total cost.",
    [("4\n4 3 2 6\n", "29\n"), ("1\n10\n", "0\n"), ("3\n1 1 1\n", "5\n")],
    [r"""
%need queue vector functional algorithm
%main
@in int n
priority_queue<i64, vector<i64>, greater<i64>> pq;
@rep(i, n) {
    @in i64 x
    pq.push(x);
}
i64 cost = 0;
// always join the two shortest ropes
while (pq.size() > 1) {
    i64 a = pq.top();
    pq.pop();
    i64 b = pq.top();
    pq.pop();
    cost += a + b;
    pq.push(@{a + b@|max(a, b)@});
}
@out i64 cost
""", r"""
%need queue
%main
@in int n
// a max-heap of negated lengths pops the shortest first
priority_queue<i64> pq;
@rep(i, n) {
    @in i64 x
    pq.push(-x);
}
i64 total = 0;
@rep(k, n - 1) {
    i64 a = -pq.top();
    pq.pop();
    i64 b = -pq.top();
    pq.pop();
    total += a + b;
    pq.push(-(a + b));
}
@out i64 total
""", r"""
%need set
%main
@in int n
multiset<i64> ms;
@rep(i, n) {
    @in i64 len
    ms.insert(len);
}
i64 ans = 0;
while (ms.size() >= 2) {
    i64 a = *ms.begin();
    ms.erase(ms.begin());
    i64 b = *ms.begin();
    ms.erase(ms.begin());
    ans += a + b;
    ms.insert(a + b);
}
@out i64 ans
""", r"""
%slow
%need vector algorithm
%main
@in int n
vector<i64> v(n);
@rdvec i64 v n
i64 ans = 0;
while (v.size() > 1) {
    sort(@all(v));
    i64 s = v[0] + v[1];
    ans += s;
    v.erase(v.begin(), v.begin() + 2);
    v.push_back(s);
}
@out i64 ans
"""])

problem(
    "Hospital Queue",
    "Patients arrive with a priority; a doctor always treats the waiting patient with the highest priority, the one who came first among equals. Process the commands arrive NAME P and treat; for treat print the name of the patient treated, or none.",
    "Q, then Q commands (1 &le; Q &le; 2&times;10<sup>5</sup>, names of at most 10 lowercase letters, 1 &le; P &le; 10<sup>9</sup>).",
    "One line for each treat command.",
    [("6\narrive ann 2\narrive bob 5\narrive cid 5\ntreat\ntreat\ntreat\n", "bob\ncid\nann\n"),
     ("3\ntreat\narrive dee 1\ntreat\n", "none\ndee\n")],
    [r"""
%need queue string utility
%main
@in int q
// highest priority first, then the earliest arrival
priority_queue<pair<pair<int, int>, string>> pq;
@rep(t, q) {
    @in str cmd
    if (cmd == "arrive") {
        @in str name
        @in int p
        pq.push(make_pair(make_pair(p, @{-t@|t@}), name));
    } else if (pq.empty()) {
        @out str "none"
    } else {
        @out str pq.top().second
        pq.pop();
    }
}
""", r"""
%need queue string
struct Patient {
    int pri, order;
    string name;
    bool operator<(const Patient& o) const {
        if (pri != o.pri) return pri < o.pri;
        return order > o.order;
    }
};
%main
@in int q
priority_queue<Patient> pq;
int arrived = 0;
while (q--) {
    @in str cmd
    if (cmd[0] == 'a') {
        @in str name
        @in int p
        pq.push({p, arrived++, name});
    } else if (!pq.empty()) {
        @out str pq.top().name
        pq.pop();
    } else {
        @out str "none"
    }
}
""", r"""
%need map queue string
%main
@in int q
// one first-come-first-served line per priority
map<int, queue<string>> waiting;
@rep(i, q) {
    @in str cmd
    if (cmd == "arrive") {
        @in str name
        @in int p
        waiting[p].push(name);
    } else if (waiting.empty()) {
        @out str "none"
    } else {
        auto it = waiting.end();
        --it;
        @out str it->second.front()
        it->second.pop();
        if (it->second.empty()) waiting.erase(it);
    }
}
"""], max_len=16)

problem(
    "Train Cars",
    "Cars are coupled to a train and uncoupled from either end: front X and back X add car X, popfront and popback remove a car (nothing happens if there is none). Print the cars from front to back at the end, or empty.",
    "Q, then Q commands (1 &le; Q &le; 2&times;10<sup>5</sup>, 1 &le; X &le; 10<sup>9</sup>).",
    "The cars separated by spaces, or empty.",
    [("5\nback 1\nback 2\nfront 3\npopback\nfront 4\n", "4 3 1\n"), ("2\nfront 5\npopfront\n", "empty\n"),
     ("4\nback 7\nback 8\npopfront\nfront 9\n", "9 8\n")],
    [r"""
%need deque string
%main
@in int q
deque<int> dq;
while (q--) {
    @in str op
    if (op == "front") {
        @in int x
        dq.push_front(x);
    } else if (op == "back") {
        @in int x
        dq.push_back(x);
    } else if (dq.empty()) {
        continue;
    } else if (op == "popfront") {
        dq.pop_front();
    } else {
        @{dq.pop_back();@|dq.pop_front();@}
    }
}
if (dq.empty()) {
    @out str "empty"
    @ret
}
@rep(i, (int)dq.size()) {
    @sep i
    @put int dq[i]
}
@nl
""", r"""
int buf[400005];
%main
@in int q
// start in the middle so that the train can grow both ways
int head = 200002, tail = 200002;
@rep(i, q) {
    @in str op
    if (op == "front") {
        @rd int buf[--head]
    } else if (op == "back") {
        @rd int buf[tail++]
    } else if (head < tail) {
        if (op == "popfront") head++;
        else tail--;
    }
}
if (head == tail) {
    @out str "empty"
} else {
    @for(i, head, tail) {
        @sep i - head
        @put int buf[i]
    }
    @nl
}
""", r"""
%need list string
%main
@in int q
list<int> train;
@rep(i, q) {
    @in str op
    if (op == "front" || op == "back") {
        @in int x
        if (op == "front") train.push_front(x);
        else train.push_back(x);
    } else if (!train.empty()) {
        if (op == "popfront") train.pop_front();
        else train.pop_back();
    }
}
if (train.empty()) {
    @out str "empty"
} else {
    bool first = true;
    for (int car : train) {
        if (!first) {
            @put str " "
        }
        first = false;
        @put int car
    }
    @nl
}
"""], max_len=10)

problem(
    "Subarrays with Sum K",
    "Count the pairs l &le; r with a<sub>l</sub> + ... + a<sub>r</sub> = K.",
    "N K, then a<sub>1</sub> ... a<sub>N</sub> (1 &le; N &le; 2&times;10<sup>5</sup>, |a<sub>i</sub>| &le; 10<sup>9</sup>, |K| &le; 10<sup>14</sup>).",
    "The number of such subarrays.",
    [("5 3\n1 2 1 2 1\n", "4\n"), ("3 0\n1 -1 0\n", "3\n"), ("1 5\n5\n", "1\n")],
    [r"""
%need map
%main
@in int n
@in i64 k
map<i64, int> cnt;
cnt[0] = @{1@|0@};
i64 pre = 0, ans = 0;
@rep(i, n) {
    @in i64 x
    pre += x;
    // subarrays ending here: earlier prefix sums equal to pre - k
    ans += cnt[pre - k];
    cnt[pre]++;
}
@out i64 ans
""", r"""
%need unordered_map vector
%main
@in int n
@in i64 k
vector<i64> a(n);
@rdvec i64 a n
unordered_map<i64, i64> seen;
seen[0] = 1;
i64 s = 0, res = 0;
for (i64 v : a) {
    s += v;
    auto it = seen.find(s - k);
    if (it != seen.end()) res += it->second;
    seen[s]++;
}
@out i64 res
""", r"""
%slow
%need vector
%main
@in int n
@in i64 k
vector<i64> a(n);
@rdvec i64 a n
i64 cnt = 0;
@rep(l, n) {
    i64 sum = 0;
    @for(r, l, n) {
        sum += a[r];
        if (sum == k) cnt++;
    }
}
@out i64 cnt
"""])

problem(
    "Lattice Points",
    "Count the points with integer coordinates on the segment between two such points, both ends included.",
    "x1 y1 x2 y2 (|coordinates| &le; 10<sup>9</sup>).",
    "The number of points.",
    [("0 0 4 6\n", "3\n"), ("1 1 1 1\n", "1\n"), ("-3 2 5 2\n", "9\n"), ("0 0 1000000 1000000\n", "1000001\n")],
    [r"""
%need cstdlib
i64 euclid(i64 a, i64 b) {
    while (b != 0) {
        i64 t = a % b;
        a = b;
        b = t;
    }
    return a;
}
%main
@in i64 x1 y1 x2 y2
i64 dx = abs(x2 - x1);
i64 dy = abs(y2 - y1);
// the points cut the segment into gcd(dx, dy) equal steps
@out i64 euclid(dx, dy) + @{1@|0@}
""", r"""
%need numeric
%main
@in i64 x1 y1 x2 y2
i64 dx = x2 - x1, dy = y2 - y1;
if (dx < 0) dx = -dx;
if (dy < 0) dy = -dy;
i64 steps = gcd(dx, dy);
@out i64 steps + 1
""", r"""
%slow
%need algorithm
%main
@in i64 x1 y1 x2 y2
if (x1 == x2) {
    @out i64 (y1 > y2 ? y1 - y2 : y2 - y1) + 1
    @ret
}
if (x1 > x2) {
    swap(x1, x2);
    swap(y1, y2);
}
i64 cnt = 0;
for (i64 x = x1; x <= x2; x++) {
    // y is an integer where (y2 - y1) * (x - x1) is a multiple of the width
    if ((y2 - y1) * (x - x1) % (x2 - x1) == 0) cnt++;
}
@out i64 cnt
"""])

problem(
    "Number Triangle",
    "A triangle of numbers has N rows, row i holding i numbers. Walk from the top to the bottom row, each step to one of the two numbers below, and print the largest possible sum of the numbers on the way.",
    "N, then the rows (1 &le; N &le; 1000, 0 &le; numbers &le; 99).",
    "The largest sum.",
    [("4\n3\n7 4\n2 4 6\n8 5 9 3\n", "23\n"), ("1\n5\n", "5\n"), ("3\n1\n2 3\n10 1 1\n", "13\n")],
    [r"""
%need vector algorithm
%main
@in int n
vector<vector<int>> t(n);
@rep(i, n) {
    t[i].resize(i + 1);
    @rep(j, i + 1) {
        @rd int t[i][j]
    }
}
// from the bottom up: each cell takes the better path below it
for (int i = n - 2; i >= 0; i--) {
    @rep(j, i + 1) {
        t[i][j] += max(t[i + 1][j], t[i + 1][j + @{1@|0@}]);
    }
}
@out int t[0][0]
""", r"""
int dp[1005][1005];
%main
@in int n
int best = 0;
@rep(i, n) {
    @rep(j, i + 1) {
        @in int v
        // the better of the two cells above
        int from = 0;
        if (i > 0) {
            if (j > 0) from = dp[i - 1][j - 1];
            if (j < i && dp[i - 1][j] > from) from = dp[i - 1][j];
        }
        dp[i][j] = from + v;
        if (i == n - 1) {
            @chmax best dp[i][j]
        }
    }
}
@out int best
"""])

problem(
    "Longest Common Prefix",
    "Print the longest common prefix of N words, or none if it is empty.",
    "N, then N words of lowercase letters (1 &le; N &le; 1000, 1 &le; length &le; 100).",
    "The longest common prefix or none.",
    [("3\nflower\nflow\nflight\n", "fl\n"), ("2\ndog\ncar\n", "none\n"), ("1\nabc\n", "abc\n"), ("2\nab\nabc\n", "ab\n")],
    [r"""
%need string
%main
@in int n
@in str pre
@rep(i, n - 1) {
    @in str w
    size_t k = 0;
    while (k < pre.size() && k < w.size() && pre[k] == w[k]) k++;
    pre = pre.substr(0, k@{@| + 1@});
}
if (pre.empty()) {
    @out str "none"
} else {
    @out str pre
}
""", r"""
%need string vector algorithm
%main
@in int n
vector<string> w(n);
@rep(i, n) {
    @in str s
    w[i] = s;
}
// after sorting, the first and the last word differ the most
sort(@all(w));
const string& a = w.front();
const string& b = w.back();
size_t k = 0;
while (k < a.size() && k < b.size() && a[k] == b[k]) k++;
if (k == 0) {
    @out str "none"
} else {
    @out str a.substr(0, k)
}
""", r"""
%need string vector
%main
@in int n
vector<string> w(n);
@rep(i, n) {
    @in str s
    w[i] = s;
}
string ans;
for (size_t c = 0; c < w[0].size(); c++) {
    bool same = true;
    @for(i, 1, n) {
        if (c >= w[i].size() || w[i][c] != w[0][c]) {
            same = false;
            break;
        }
    }
    if (!same) break;
    ans += w[0][c];
}
if (ans.empty()) {
    @out str "none"
} else {
    @out str ans
}
"""], max_len=105)

problem(
    "Pangram",
    "Decide whether N words together use every letter of the alphabet.",
    "N, then N words of lowercase letters (1 &le; N &le; 1000, length &le; 100).",
    "Yes or No.",
    [("9\nthe quick brown fox jumps over the lazy dog\n", "Yes\n"), ("2\nhello world\n", "No\n"),
     ("1\nabcdefghijklmnopqrstuvwxy\n", "No\n")],
    [r"""
%need string
%main
@in int n
bool seen[26] = {false};
@rep(i, n) {
    @in str w
    for (char c : w) {
        seen[c - 'a'] = true;
    }
}
bool all26 = true;
@rep(c, @{26@|25@}) {
    if (!seen[c]) all26 = false;
}
@yn all26 | "Yes" | "No"
""", r"""
%need set string
%main
@in int n
set<char> letters;
while (n--) {
    @in str w
    letters.insert(w.begin(), w.end());
}
// 26 different lowercase letters are all of them
@yn letters.size() == 26 | "Yes" | "No"
""", r"""
%need string
%main
@in int n
int mask = 0;
@rep(i, n) {
    @in str w
    for (char c : w) {
        mask |= 1 << (c - 'a');
    }
}
@yn mask == (1 << 26) - 1 | "Yes" | "No"
"""], max_len=105)

problem(
    "Calculator",
    "Evaluate Q expressions a op b with op one of + - * /; division rounds towards zero.",
    "Q, then Q lines a op b (1 &le; Q &le; 10<sup>5</sup>, |a|, |b| &le; 10<sup>9</sup>, b &ne; 0 for /).",
    "One result per line.",
    [("4\n3 + 5\n10 - 20\n-7 / 2\n100000 * 100000\n", "8\n-10\n-3\n10000000000\n"), ("1\n6 / 3\n", "2\n")],
    [r"""
%main
@in int q
while (q--) {
    @in i64 a
    @in char op
    @in i64 b
    i64 r = 0;
    switch (op) {
    case '+':
        r = a + b;
        @{break;@|@}
    case '-':
        r = a - b;
        break;
    case '*':
        r = a * b;
        break;
    default:
        r = a / b;
        break;
    }
    @out i64 r
}
""", r"""
i64 apply(i64 a, char op, i64 b) {
    if (op == '+') return a + b;
    if (op == '-') return a - b;
    if (op == '*') return a * b;
    // C++ division already rounds towards zero
    return a / b;
}
%main
@in int q
@rep(i, q) {
    @in i64 a
    @in char op
    @in i64 b
    @out i64 apply(a, op, b)
}
""", r"""
%need map functional
%main
map<char, function<i64(i64, i64)>> ops;
ops['+'] = [](i64 x, i64 y) { return x + y; };
ops['-'] = [](i64 x, i64 y) { return x - y; };
ops['*'] = [](i64 x, i64 y) { return x * y; };
ops['/'] = [](i64 x, i64 y) { return x / y; };
@in int q
while (q--) {
    @in i64 a
    @in char c
    @in i64 b
    @out i64 ops[c](a, b)
}
"""])

problem(
    "Bus Load",
    "An empty bus visits N stops. At stop i, a<sub>i</sub> passengers get off, then b<sub>i</sub> get on. Print the largest number of passengers on the bus at any time.",
    "N, then N lines a b (1 &le; N &le; 10<sup>5</sup>, 0 &le; a, b &le; 10<sup>4</sup>, never more getting off than are on the bus).",
    "The largest number of passengers.",
    [("4\n0 3\n2 5\n4 2\n4 0\n", "6\n"), ("2\n0 0\n0 0\n", "0\n"), ("3\n0 10\n10 0\n0 1\n", "10\n")],
    [r"""
%main
@in int n
int cur = 0, best = 0;
@rep(i, n) {
    @in int off on
    // people get off before others get on
    cur @{-=@|+=@} off;
    cur += on;
    @chmax best cur
}
@out int best
""", r"""
%need vector algorithm
%main
@in int n
vector<int> off(n), on(n);
@rep(i, n) {
    @rd int off[i] on[i]
}
// load[i]: passengers after stop i
vector<int> load(n + 1, 0);
@rep(i, n) {
    load[i + 1] = load[i] - off[i] + on[i];
}
@out int *max_element(@all(load))
""", r"""
%need vector
struct Stop {
    int leave, enter;
};
%main
@in int n
vector<Stop> stops(n);
for (auto& s : stops) {
    @rd int s.leave s.enter
}
int people = 0, peak = 0;
for (const auto& s : stops) {
    people += s.enter - s.leave;
    if (people > peak) peak = people;
}
@out int peak
"""])

PROBLEMS: tuple[Problem, ...] = tuple(_ALL)
