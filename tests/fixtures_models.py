"""Fixtures for model tests (tiny model, tokenizer): owned by the completions/training area.

`tiny_cpp_programs`: 40 small, valid C++17 programs (warning-free under -Werror), generated from
a handful of CodeNet-like templates here, so model tests depend on no corpus on disk.
`tiny_model_dir`: a tiny Llama + BPE tokenizer (with chat template) pretrained on them for a few
seconds; loads with AutoModelForCausalLM/AutoTokenizer.from_pretrained like a Hub model.
"""

from __future__ import annotations

import pytest

_TEMPLATES = [
    # sum of n numbers
    """#include <iostream>
using namespace std;

int main() {{
    int n;
    cin >> n;
    long long {v} = 0;
    for (int i = 0; i < n; i++) {{
        long long x;
        cin >> x;
        {v} += x * {k};
    }}
    cout << {v} << endl;
    return 0;
}}
""",
    # maximum of a vector
    """#include <bits/stdc++.h>
using namespace std;

int main() {{
    int n;
    cin >> n;
    vector<int> {v}(n);
    for (int i = 0; i < n; i++) cin >> {v}[i];
    int best = {v}.empty() ? 0 : {v}[0];
    for (int x : {v}) {{
        if (x > best) best = x;
    }}
    cout << best + {k} << "\\n";
    return 0;
}}
""",
    # gcd helper
    """#include <cstdio>

int gcd(int a, int b) {{
    while (b != 0) {{
        int t = a % b;
        a = b;
        b = t;
    }}
    return a;
}}

int main() {{
    int {v}, y;
    if (scanf("%d %d", &{v}, &y) != 2) return 0;
    printf("%d\\n", gcd({v}, y) * {k});
    return 0;
}}
""",
    # string reversal
    """#include <iostream>
#include <string>
#include <algorithm>
using namespace std;

int main() {{
    string {v};
    cin >> {v};
    reverse({v}.begin(), {v}.end());
    for (int i = 0; i < {k}; i++) {{
        cout << {v};
    }}
    cout << endl;
    return 0;
}}
""",
    # fibonacci with a struct
    """#include <iostream>
#include <vector>
using namespace std;

struct Fib {{
    vector<long long> memo;
    explicit Fib(int n) : memo(n + 1, -1) {{}}
    long long get(int i) {{
        if (i < 2) return i;
        if (memo[i] >= 0) return memo[i];
        return memo[i] = get(i - 1) + get(i - 2);
    }}
}};

int main() {{
    int {v} = {k};
    Fib f({v});
    cout << f.get({v}) << endl;
    return 0;
}}
""",
    # sorting with pairs
    """#include <bits/stdc++.h>
using namespace std;

int main() {{
    int n;
    cin >> n;
    vector<pair<int, int>> {v};
    for (int i = 0; i < n; i++) {{
        int a, b;
        cin >> a >> b;
        {v}.push_back(make_pair(a, b + {k}));
    }}
    sort({v}.begin(), {v}.end());
    for (const auto& p : {v}) {{
        cout << p.first << ' ' << p.second << '\\n';
    }}
    return 0;
}}
""",
    # counting characters
    """#include <iostream>
#include <map>
#include <string>
using namespace std;

int main() {{
    string s;
    getline(cin, s);
    map<char, int> {v};
    for (char c : s) {{
        {v}[c]++;
    }}
    int sum = {k};
    for (auto& kv : {v}) {{
        sum += kv.second;
    }}
    cout << sum << endl;
    return 0;
}}
""",
    # prime sieve
    """#include <iostream>
#include <vector>
using namespace std;

int main() {{
    const int N = {k}00;
    vector<bool> {v}(N + 1, true);
    {v}[0] = {v}[1] = false;
    for (int i = 2; i * i <= N; i++) {{
        if (!{v}[i]) continue;
        for (int j = i * i; j <= N; j += i) {v}[j] = false;
    }}
    int count = 0;
    for (int i = 0; i <= N; i++) {{
        if ({v}[i]) count++;
    }}
    cout << count << endl;
    return 0;
}}
""",
]
_NAMES = ["ans", "total", "data", "vals", "res"]


def make_cpp_programs(n: int = 40) -> list[str]:
    """`n` distinct small programs: each template with different names and constants."""
    programs = []
    for i in range(n):
        template = _TEMPLATES[i % len(_TEMPLATES)]
        name = _NAMES[(i // len(_TEMPLATES)) % len(_NAMES)]
        programs.append(template.format(v=name, k=i // len(_TEMPLATES) + 2))
    assert len(set(programs)) == n, "programs must be distinct"
    return programs


@pytest.fixture(scope="session")
def tiny_cpp_programs() -> list[str]:
    return make_cpp_programs(40)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory, tiny_cpp_programs):
    """A tiny pretrained model folder (~2-4 s to build on one CPU thread)."""
    from compile_prefs.training.tiny_model import build_tiny_model

    out = tmp_path_factory.mktemp("tiny-model") / "tiny-base"
    return build_tiny_model(
        tiny_cpp_programs, out, vocab_size=400, hidden_size=64, num_layers=2,
        steps=80, max_seconds=None, seed=0, num_heads=4, intermediate_size=128,
        block_size=128, batch_size=8, max_positions=1024,
    )


def write_completion_dataset(folder, programs, n_test: int = 8, mask_ratio: float = 0.1):
    """A Hub-layout dataset folder with the `completion` config (train/test) made from `programs`,
    masked like the real builder (last 10% of the trimmed program's characters)."""
    from datasets import Dataset

    from compile_prefs.builders.masking import mask_code
    from compile_prefs import layout

    rows = []
    for i, code in enumerate(programs):
        m = mask_code(code, mask_ratio)
        rows.append({"problem_id": f"p{90000 + i % 8:05d}", "submission_id": f"s{100000000 + i:09d}",
                     "prompt": m.prompt, "completion": m.completion, "code": m.code, "mask_ratio": mask_ratio})
    splits = {"train": Dataset.from_list(rows[n_test:]), "test": Dataset.from_list(rows[:n_test])}
    layout.write_config(folder, layout.COMPLETION_CONFIG, splits)
    return folder


@pytest.fixture(scope="session")
def tiny_data_dir(tmp_path_factory, tiny_cpp_programs):
    """Dataset folder: completion config, 32 train / 8 test rows from `tiny_cpp_programs`."""
    return write_completion_dataset(tmp_path_factory.mktemp("tiny-data") / "data", tiny_cpp_programs)


@pytest.fixture(scope="session")
def models_runner():
    """One compile runner for the model-area tests. It uses the runner's default cache (or
    COMPILE_PREFS_CACHE), as the pipeline does: precompiled headers are built once per machine."""
    from compile_prefs.evaluate_metric.compile_success.compile_runner import CompileRunner

    return CompileRunner(workers=2)
