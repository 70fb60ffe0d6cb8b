"""The one g++ runner: verdicts, reasons, sandbox, limits, cache and PCH, with real g++."""

import json
import os
import signal
import subprocess
import sys
import re
import tempfile
import textwrap
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from compile_prefs.evaluate_metric.compile_success.compile_runner import (
    RUNNER_VERSION,
    UNTAGGED_WARNING,
    CompileConfig,
    CompileRunner,
    Verdict,
    _bubblewrap_works,
    screen_source,
)

GOOD = {
    "stdcpp": "#include <bits/stdc++.h>\nusing namespace std;\nint main(){vector<int> v{3,1,2};sort(v.begin(),v.end());cout<<v[0]<<endl;}\n",
    "iostream": "#include <iostream>\nint main() { std::cout << 42 << '\\n'; }\n",
    "cstdio_macros": "#include <cstdio>\n#define rep(i,n) for(int i=0;i<(n);++i)\nint main(){int s=0;rep(i,10)s+=i;printf(\"%d\\n\",s);return 0;}\n",
    "template": "#include <vector>\ntemplate<class T> bool chmin(T& a, const T& b){ if(b<a){a=b;return true;} return false; }\nint main(){ int x=3; chmin(x,1); std::vector<int> v(x); return (int)v.size()-1; }\n",
    "pragma_optimize_ok": "#pragma GCC optimize(\"O2\")\nint main() {}\n",
    "no_trailing_newline": "int main() { return 0; }",
    # Token pasting is ordinary; only pasting that produces a diagnostic pragma is refused.
    "token_pasting_ok": "#pragma GCC optimize(\"O2\")\n#define CAT(a, b) a##b\n#define rep(i, n) for (int CAT(i, _) = 0; CAT(i, _) < (n); ++CAT(i, _))\nint main() { int s = 0; rep(k, 3) s++; return s - 3; }\n",
}
BROKEN = {
    "truncated": ("#include <iostream>\nint main() {\n  for (int i = 0; i < 3; ++i) {\n    std::cout << i;\n", "error"),
    "misspelled": ("#include <iostream>\nint main() { std::cuot << 1; }\n", "error"),
    "missing_semicolon": ("#include <cstdio>\nint main() { printf(\"hi\") return 0; }\n", "error"),
    "missing_brace": ("int main() { if (1) { return 0; }\n", "error"),
    "forgot_include": ("#include <vector>\nint main() { std::cout << 1; }\n", "error"),
    "warn_only": ("int main() { char c = 300; return c; }\n", "warning"),
    "macro_redefined": ("#define X 1\n#define X 2\nint main() { return X; }\n", "warning"),
    "no_main": ("int twice(int x) { return 2 * x; }\n", "link"),
    "undefined_reference": ("int helper();\nint main() { return helper(); }\n", "link"),
    "linker_warning_gets": ("#include <cstdio>\nextern \"C\" char *gets(char *);\nint main() { char b[8]; gets(b); }\n", "warning"),
}
# Wall-clock allowance where verdicts are compared: the CPU-time rlimit still bounds every compile,
# and a busy machine must not turn a slow compile into a "timeout" that differs between two runs.
WALL_S = 300


@pytest.fixture(scope="module")
def runner(tmp_path_factory):
    return CompileRunner(CompileConfig(timeout_s=WALL_S), cache_dir=tmp_path_factory.mktemp("cache"))


def test_good_and_broken_programs_get_the_paper_verdict(runner):
    names = list(GOOD) + list(BROKEN)
    sources = list(GOOD.values()) + [src for src, _ in BROKEN.values()]
    verdicts = runner.check_many(sources)
    for name, verdict in zip(names, verdicts):
        if name in GOOD:
            assert verdict.verdict == "Good", (name, verdict)
            assert verdict.reason is None and verdict.diagnostic == ""
        else:
            assert verdict.verdict == "Bad", (name, verdict)
            assert verdict.reason == BROKEN[name][1], (name, verdict)
            assert verdict.diagnostic, name


def test_diagnostics_name_main_cpp_and_never_temp_paths(runner):
    for src, _ in BROKEN.values():
        diagnostic = runner.check(src).diagnostic
        assert "/tmp" not in diagnostic and "compile-prefs-job" not in diagnostic and "/job/" not in diagnostic
    assert runner.check(BROKEN["missing_semicolon"][0]).diagnostic.startswith("main.cpp:2:")


def test_warnings_can_be_allowed(tmp_path):
    warn_only, broken = BROKEN["warn_only"][0], BROKEN["missing_semicolon"][0]
    strict = CompileRunner(CompileConfig(warnings_as_errors=True), cache_dir=tmp_path)
    lenient = CompileRunner(CompileConfig(warnings_as_errors=False), cache_dir=tmp_path)
    assert strict.check(warn_only).reason == "warning"
    verdict = lenient.check(warn_only)
    assert verdict.verdict == "Good" and verdict.warning_options == ("-Woverflow",) and not verdict.has_error
    # A linker warning counts as a warning too, and an error stays an error.
    assert lenient.check(BROKEN["linker_warning_gets"][0]).good
    assert lenient.check(broken).reason == "error"


def test_errors_and_warning_options_come_from_the_whole_diagnostic_list(runner):
    warning_then_error = "int main() { char c = 300; int x = ; return c; }\n"
    verdict = runner.check(warning_then_error)
    assert verdict.reason == "error" and verdict.has_error and "expected primary-expression" in verdict.diagnostic
    assert verdict.warning_options == ("-Woverflow",)
    two_warnings = '#warning "w"\nint main() { char c = 300; return c; }\n'
    verdict = runner.check(two_warnings)
    assert verdict.reason == "warning" and not verdict.has_error
    assert verdict.warning_options == ("-Wcpp", "-Woverflow")
    untagged = runner.check(BROKEN["macro_redefined"][0])
    assert untagged.reason == "warning" and untagged.warning_options == (UNTAGGED_WARNING,)
    narrowing = runner.check("int main() { int a{3.5}; return a; }\n")  # an error that carries a -W option
    assert narrowing.reason == "error" and narrowing.has_error and narrowing.warning_options == ("-Wnarrowing",)
    assert runner.check(BROKEN["no_main"][0]).has_error
    good = runner.check(GOOD["iostream"])
    assert not good.has_error and good.warning_options == ()
    assert set(good.to_dict()) == {"verdict", "reason", "diagnostic", "has_error", "warning_options"}


def test_modes_miss_what_their_docs_say(tmp_path):
    no_main, undefined = BROKEN["no_main"][0], BROKEN["undefined_reference"][0]
    for mode in ("object", "syntax"):
        r = CompileRunner(CompileConfig(mode=mode), cache_dir=tmp_path)
        assert r.check(no_main).good and r.check(undefined).good, mode
        assert r.check(BROKEN["missing_semicolon"][0]).reason == "error", mode
    link = CompileRunner(CompileConfig(mode="link"), cache_dir=tmp_path)
    assert not link.check(no_main).good and not link.check(undefined).good


def test_pch_gives_identical_verdicts(tmp_path):
    sources = list(GOOD.values()) + [src for src, _ in BROKEN.values()] + [
        # A macro defined before the include makes the PCH unusable; g++ must fall back silently.
        "#define _GLIBCXX_DEBUG 1\n#include <bits/stdc++.h>\nint main(){std::vector<int> v(3); return v[0];}\n",
        # A PCH is usable only for the first include; later includes of the same header (directly
        # or from system headers) must reach the real header.
        "#include <cstdio>\n#include <iostream>\n#include <deque>\n#include <string>\nint main(){std::deque<int> d; printf(\"%d\", (int)d.size()); std::cout << std::to_string(1);}\n",
        "#include <iostream>\n#include <bits/stdc++.h>\nusing namespace std;\nint main(){vector<int> v; cout << v.size();}\n",
        "#include <vector>\n#include <vector>\n#include \"cstdio\"\n#include <algorithm>\nint main(){std::vector<int> v{2,1}; std::sort(v.begin(), v.end()); printf(\"%d\", v[0]);}\n",
        "#include <cmath>\n#include <cstdlib>\n#include <cmath>\nint main(){ return (int)std::abs(std::sqrt(4.0) - 2); }\n",
        # Forgetting an include stays an error with a PCH present for another header.
        "#include <cstdio>\nint main(){ std::vector<int> v; return 0; }\n",
    ]
    with_pch = CompileRunner(CompileConfig(use_pch=True, pch_min_uses=2, timeout_s=WALL_S), cache_dir=tmp_path / "a").check_many(sources)
    without = CompileRunner(CompileConfig(use_pch=False, timeout_s=WALL_S), cache_dir=tmp_path / "b").check_many(sources)
    assert [v.to_dict() for v in with_pch] == [v.to_dict() for v in without]
    assert sum(v.good for v in with_pch) >= len(GOOD) + 5
    assert list((tmp_path / "a" / "pch").glob("*/block-*.h.gch")), "recurring leading blocks were precompiled"


def test_leading_include_blocks_are_precompiled_and_exactly_equivalent(tmp_path):
    """Blocks of any headers (C headers first, as in HumanEval-X and MultiPL-E prompts) get a PCH when they recur."""
    blocks = ["#include <stdio.h>\n#include <vector>\n#include <math.h>\n", "#include <assert.h>\n#include <bits/stdc++.h>\n"]
    bodies = [
        "using namespace std;\nint main() { vector<int> v(3); printf(\"%d\", (int)v.size()); return (int)sqrt(0.0); }\n",
        "using namespace std;\nint main() { vector<int> v(3); return v.at(0) }\n",  # error: line numbers must match
        "int main() { char c = 300; return c; }\n",
        "// a comment after the block\nint main() { assert(1 + 1 == 2); return 0; }\n",
        "#define NDEBUG\n#include <assert.h>\nint main() { assert(false); return 0; }\n",
    ]
    sources = [block + body for block in blocks for body in bodies]
    with_pch = CompileRunner(CompileConfig(use_pch=True, pch_min_uses=2, timeout_s=WALL_S), cache_dir=tmp_path / "a")
    verdicts = with_pch.check_many(sources)
    plain = CompileRunner(CompileConfig(use_pch=False, timeout_s=WALL_S), cache_dir=tmp_path / "b").check_many(sources)
    assert [v.to_dict() for v in verdicts] == [v.to_dict() for v in plain]
    assert with_pch.stats["pch_build"] == 2, "one PCH per recurring block"
    assert "main.cpp:5:" in verdicts[1].diagnostic and "main.cpp:4:" in verdicts[6].diagnostic
    assert len(list((tmp_path / "a" / "pch").glob("*/block-*.h.gch"))) == 2
    # A block seen once is not precompiled; seen again in a later call, it is.
    single = "#include <string.h>\n#include <map>\nint main() { return (int)strlen(\"\"); }\n"
    assert with_pch.check(single).good and with_pch.stats["pch_build"] == 2
    assert with_pch.check(single + "// again\n").good and with_pch.stats["pch_build"] == 3


def test_pch_blocks_are_chosen_for_the_programs_that_use_them(tmp_path):
    """Which prefix each leading block is precompiled as (no compile runs): a prefix counts only the
    programs no longer PCH covers, and a block extending a precompiled prefix needs twice the uses."""
    runner = CompileRunner(CompileConfig(pch_min_uses=6), cache_dir=tmp_path)
    uses = {("iostream",): 20, ("iostream", "string"): 13, ("iostream", "vector"): 7,
            ("stdio.h", "vector", "math.h"): 9, ("stdio.h", "vector", "map"): 8, ("stdio.h", "vector", "set"): 2,
            ("assert.h", "map"): 5}
    runner._block_uses.update(uses)
    chosen = runner._chosen_blocks(list(uses))
    assert chosen[("iostream", "string")] == ("iostream", "string")  # 13 >= 2 * 6 over the ("iostream",) PCH
    assert chosen[("iostream", "vector")] == ("iostream",)  # 7 programs: the shorter PCH serves them
    assert chosen[("stdio.h", "vector", "math.h")] == ("stdio.h", "vector", "math.h")
    # The two leftovers do not get a ("stdio.h", "vector") PCH of their own: 17 of its 19 programs use longer ones.
    assert chosen[("stdio.h", "vector", "set")] == ()
    assert chosen[("assert.h", "map")] == ()  # 5 < 6
    runner._block_uses.update({("assert.h", "map"): 1})
    assert runner._chosen_blocks([("assert.h", "map")])[("assert.h", "map")] == ("assert.h", "map")


def test_cache_and_dedup(tmp_path):
    src = GOOD["iostream"] + "// cache test\n"
    r = CompileRunner(cache_dir=tmp_path)
    first = r.check_many([src, src, src])
    assert [v.verdict for v in first] == ["Good"] * 3
    assert sum(not v.cached for v in first) >= 1
    again = CompileRunner(cache_dir=tmp_path).check(src)  # a new runner reads the on-disk cache
    assert again.cached and again.good
    cache_files = list((tmp_path / "verdicts").rglob("*.json"))
    assert cache_files and json.loads(cache_files[0].read_text())["verdict"] == "Good"  # the verdict that was cached
    other_flags = CompileRunner(CompileConfig(extra_flags=("-O1",)), cache_dir=tmp_path).check(src)
    assert not other_flags.cached, "the cache key includes the flags"


def test_non_string_raises_type_error_naming_index(runner):
    with pytest.raises(TypeError, match="index 1"):
        runner.check_many(["int main(){}", 42])


def test_config_validation():
    with pytest.raises(ValueError, match="mode"):
        CompileConfig(mode="run")
    with pytest.raises(ValueError, match="not allowed"):
        CompileConfig(extra_flags=("-I/etc",))
    with pytest.raises(ValueError, match="not allowed"):
        CompileConfig(extra_flags=("-Wno-overflow",))
    with pytest.raises(ValueError, match="std"):
        CompileConfig(std="c++17; rm -rf /")


# ----------------------------------------------------------------- hostile input
PRAGMA_SPELLINGS = [
    '#pragma GCC diagnostic ignored "-Woverflow"\n',
    '  #  pragma   GCC   diagnostic ignored "-Woverflow"\n',
    '%:pragma GCC diagnostic ignored "-Woverflow"\n',
    '#pra\\\ngma GCC diagnostic ignored "-Woverflow"\n',
    '_Pragma("GCC diagnostic ignored \\"-Woverflow\\"")\n',
    '#define QUIET _Pragma("GCC diagnostic ignored \\"-Woverflow\\"")\nQUIET\n',
    '#define Q(x) _Pra##x\nQ(gma)("GCC diagnostic ignored \\"-Woverflow\\"")\n',
    '#define CAT(a, b) a##b\n#define CAT2(a, b) CAT(a, b)\nCAT2(_P, CAT2(rag, ma))("GCC diagnostic ignored \\"-Woverflow\\"")\n',
    '#define CAT(a, b) a##b\n#define P CAT(_, Pragma)\nP("GCC diagnostic push") P("GCC diagnostic ignored \\"-Woverflow\\"")\n',
    '#define S(x) _Pr\\\nagma(#x)\nS(GCC diagnostic ignored "-Woverflow")\n',
    '#pragma GCC system_header\n',
    '#pragma clang diagnostic ignored "-Weverything"\n',
]


@pytest.mark.parametrize("pragma", PRAGMA_SPELLINGS)
def test_diagnostic_pragmas_cannot_game_the_verdict(runner, pragma):
    verdict = runner.check(pragma + "int main() { char c = 300; return c; }\n")
    assert verdict.verdict == "Bad" and verdict.reason == "rejected_input", verdict


SECRET = "compile-prefs-secret-4f1c"


@pytest.fixture()
def secret_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(f"{SECRET} = 1;\n")
    return path


def _hostile_programs(secret: Path) -> dict[str, str]:
    rel = os.path.relpath(secret, tempfile.gettempdir())
    return {
        "abs_include": f'#include "{secret}"\nint main(){{}}\n',
        "angle_abs_include": f"#include <{secret}>\nint main(){{}}\n",
        "parent_include": f'#include "../../../../../../../..{secret}"\nint main(){{}}\n',
        "relative_to_tmp": f'#include "../{rel}"\nint main(){{}}\n',
        "passwd": '#include "/etc/passwd"\nint main(){}\n',
        "has_include": f'#if __has_include("{secret}")\n#error found\n#endif\nint main(){{}}\n',
        "dependency": f'#pragma GCC dependency "{secret}"\nint main(){{}}\n',
        "asm_include": f'asm(".include \\"{secret}\\"");\nint main(){{}}\n',
        "asm_incbin": f'asm(".section .rodata\\n.incbin \\"{secret}\\"");\nint main(){{}}\n',
        "dev_zero": "#include </dev/zero>\nint main(){}\n",
        "dev_stdin": "#include </dev/stdin>\nint main(){}\n",
        "proc": "#include </proc/self/environ>\nint main(){}\n",
        "self_include": "#include __FILE__\nint main(){}\n",
        "computed": f'#define F "{secret}"\n#include F\nint main(){{}}\n',
    }


@pytest.mark.parametrize("sandbox", ["screening", "bubblewrap"])
def test_no_file_content_ever_leaks(tmp_path, secret_file, sandbox):
    if sandbox == "bubblewrap" and not _bubblewrap_works():
        pytest.skip("bubblewrap not available")
    r = CompileRunner(CompileConfig(sandbox=sandbox, timeout_s=10), cache_dir=False)
    assert r.sandbox == sandbox and r.describe()["sandbox"] == sandbox
    programs = _hostile_programs(secret_file)
    for name, verdict in zip(programs, r.check_many(list(programs.values()))):
        assert verdict.verdict == "Bad", (name, verdict)
        assert SECRET not in verdict.diagnostic and "root:" not in verdict.diagnostic, (name, verdict)
        assert verdict.reason == "rejected_input", (name, verdict)


@pytest.mark.skipif(not _bubblewrap_works(), reason="bubblewrap not available")
def test_bubblewrap_hides_files_even_past_screening(tmp_path, secret_file):
    """Without the screening, the sandbox alone keeps other files out of reach."""
    from compile_prefs.evaluate_metric.compile_success import compile_runner

    r = CompileRunner(CompileConfig(sandbox="bubblewrap"), cache_dir=False)
    original = compile_runner.scan_source
    compile_runner.scan_source = lambda source, std: compile_runner.Screened(None)
    try:
        verdict = r.check(f'#include "{secret_file}"\nint main(){{}}\n')
    finally:
        compile_runner.scan_source = original
    assert verdict.reason == "error" and "No such file" in verdict.diagnostic
    assert SECRET not in verdict.diagnostic


def test_blowups_end_bad_within_limits(tmp_path):
    tight = CompileConfig(timeout_s=8, cpu_time_s=4, memory_mb=1024, max_output_mb=16)
    r = CompileRunner(tight, cache_dir=False)
    programs = {
        "macro_bomb": (
            "#define A(x) x x x x x x x x x x\n#define B(x) A(A(A(x)))\n#define C(x) B(B(B(x)))\n"
            "int v[] = { C(1,) };\nint main(){}\n", {"resource", "timeout", "error"}),
        "constexpr_cpu_burn": (
            "constexpr long long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\n"
            "constexpr long long x = fib(90);\nint main(){ return x > 0; }\n", {"timeout", "resource", "error"}),
        "huge_binary": ("char big[400000000] = {1};\nint main(){ return big[5]; }\n", {"resource"}),
        "megabyte_line": ("int main(){ return 0" + " + 0" * 300000 + "; }\n", {"rejected_input"}),  # 1.2 MB: over the size limit
        "nul_bytes": ("int main(){ return 0; }\n\0\0garbage\n", {"warning", "error"}),
        "undecodable": (b"int main(){ return 0; } // \xff\xfe\n".decode("utf-8", "surrogateescape") + "int x = ;\n", {"error"}),
        "oversized": ("//" + "x" * (2 << 20) + "\nint main(){}\n", {"rejected_input"}),
    }
    start = time.monotonic()
    verdicts = r.check_many([src for src, _ in programs.values()])
    elapsed = time.monotonic() - start
    for (name, (_, reasons)), verdict in zip(programs.items(), verdicts):
        assert verdict.verdict == "Bad", (name, verdict)
        assert verdict.reason in reasons, (name, verdict)
    assert elapsed < 60, "limits bound every compile"


INTERRUPT_SCRIPT = textwrap.dedent(
    """
    import signal
    import sys
    # Started from `nohup` or a background job, SIGINT arrives ignored and Python installs no handler.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    from compile_prefs.evaluate_metric.compile_success.compile_runner import CompileConfig, CompileRunner
    slow = ("constexpr long long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\\n"
            "constexpr long long x = fib(90 + %d);\\nint main(){ return x > 0; }\\n")
    r = CompileRunner(CompileConfig(timeout_s=120, cpu_time_s=120, sandbox=sys.argv[1]), workers=2, cache_dir=False)
    print("started", flush=True)
    r.check_many([slow % i for i in range(6)])
    """
)


@pytest.mark.parametrize("sandbox", ["screening", "bubblewrap"])
def test_interrupt_leaves_no_process_or_temp_file(tmp_path, repo_root, sandbox):
    if sandbox == "bubblewrap" and not _bubblewrap_works():
        pytest.skip("bubblewrap not available")
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp), "PYTHONPATH": str(repo_root)}
    # The child starts with SIGINT ignored, as under `nohup make test`.
    proc = subprocess.Popen([sys.executable, "-c", INTERRUPT_SCRIPT, sandbox], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    assert proc.stdout.readline().strip() == "started"
    deadline = time.monotonic() + WALL_S
    while not any(tmp.glob("compile-prefs-job-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert any(tmp.glob("compile-prefs-job-*")), "compiles started"
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=30)
    assert proc.returncode != 0
    time.sleep(0.3)
    cc1 = subprocess.run(["pgrep", "-f", f"cc1plus.*{tmp}"], capture_output=True, text=True).stdout.split()
    assert not cc1, "no compiler process outlives the interrupted call"
    assert list(tmp.iterdir()) == [], "no temp file outlives the interrupted call"


def test_screen_source_allows_ordinary_programs():
    ordinary = [
        "#include <bits/stdc++.h>\n#include \"mylib.h\"\n#pragma GCC optimize(\"O3\")\n#pragma GCC target(\"avx2\")\nint main(){}\n",
        "#include<cstdio>\n#define ll long long\n#define rep(i,n) for(int i=0;i<n;i++)\nint main(){}\n",
    ]
    assert screen_source(ordinary[0]) is None
    assert screen_source(ordinary[1]) is None


# ------------------------------------------------------- adversarial and ordinary corpora
ADVERSARIAL = sorted((Path(__file__).parent / "compile_runner_adversarial").glob("*.cpp"))
ORDINARY = sorted((Path(__file__).parent / "compile_runner_ordinary").glob("*.cpp"))
SANDBOXES = ["screening", "bubblewrap"]


class FifoWatch:
    """A FIFO outside the job folder that records whether anything opened it (an open for reading
    blocks until this writer answers, so even a probe that reads nothing is seen)."""

    def __init__(self, path: Path):
        self.path = str(path)
        os.mkfifo(self.path)
        self.opened = threading.Event()
        self._closing = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self):
        while True:
            fd = os.open(self.path, os.O_WRONLY)
            if self._closing:
                os.close(fd)
                return
            self.opened.set()
            try:
                os.write(fd, f"int {SECRET.replace('-', '_')} = 1;\n".encode())
            except OSError:
                pass
            os.close(fd)

    def close(self):
        self._closing = True
        fd = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK)
        self._thread.join(10)
        os.close(fd)


@pytest.fixture()
def fifo(tmp_path):
    watch = FifoWatch(tmp_path / "outside-the-job")
    yield watch
    watch.close()


def _sandboxed_runner(sandbox: str, **config) -> CompileRunner:
    if sandbox == "bubblewrap" and not _bubblewrap_works():
        pytest.skip("bubblewrap cannot create namespaces here")
    return CompileRunner(CompileConfig(sandbox=sandbox, timeout_s=WALL_S, **config), cache_dir=False)


def _plain_gxx(source: str, workdir: Path, std: str = "c++17") -> bool:
    (workdir / "main.cpp").write_text(source)
    result = subprocess.run(["g++", f"-std={std}", "-Werror", "main.cpp", "-o", "a.out"], cwd=workdir,
                            capture_output=True, timeout=60, env={"LC_ALL": "C", "PATH": os.environ["PATH"]})
    return result.returncode == 0 and not result.stderr.strip()


def test_corpora_are_large_enough():
    kinds = Counter(p.name.split("_", 1)[0] for p in ADVERSARIAL)
    assert len(ADVERSARIAL) >= 40 and kinds["game"] >= 20 and kinds["opens"] >= 20, kinds
    assert len(ORDINARY) >= 30


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_adversarial_programs_are_refused_and_open_nothing(sandbox, fifo):
    runner = _sandboxed_runner(sandbox)
    sources = [p.read_text().replace("@SENTINEL@", fifo.path) for p in ADVERSARIAL]
    for path, verdict in zip(ADVERSARIAL, runner.check_many(sources)):
        assert verdict.verdict == "Bad", (path.name, verdict)
        if not path.name.startswith("refused_"):
            assert verdict.reason == "rejected_input", (path.name, verdict)
        assert SECRET.replace("-", "_") not in verdict.diagnostic
    assert not fifo.opened.is_set(), "a file outside the job folder was opened"


@pytest.mark.slow
def test_adversarial_programs_really_game_or_read_files_without_the_defences(tmp_path, fifo):
    """Each trick works on plain g++: a game gets Good despite its warning, a reader opens the outside file."""
    for path in ADVERSARIAL:
        source = path.read_text().replace("@SENTINEL@", fifo.path)
        if path.name.startswith("game_"):
            assert _plain_gxx(source, tmp_path), path.name
            assert not _plain_gxx(re.sub(r"(?m)^.*(pragma|Pragma|glibc|# ?1|%: 1|#/\*\*/ 1|\\|^0 ).*$", "", source),
                                  tmp_path) or "macro" in path.name, path.name
        elif path.name.startswith("opens_"):
            fifo.opened.clear()
            _plain_gxx(source, tmp_path)
            time.sleep(0.05)
            assert fifo.opened.is_set(), path.name


def test_ordinary_programs_keep_their_plain_gxx_verdict(tmp_path, fifo):
    """Both sandbox modes give every ordinary program its plain-g++ verdict (computed once)."""
    sources = [p.read_text() for p in ORDINARY]
    reference = [_plain_gxx(source, tmp_path) for source in sources]
    modes = [m for m in SANDBOXES if m == "screening" or _bubblewrap_works()]
    for sandbox in modes:
        verdicts = _sandboxed_runner(sandbox).check_many(sources)
        for path, good, verdict in zip(ORDINARY, reference, verdicts):
            assert verdict.good == good, (sandbox, path.name, verdict)
            assert verdict.reason != "rejected_input", (sandbox, path.name, verdict)
        assert sum(v.good for v in verdicts) >= 30
    assert not fifo.opened.is_set()


def test_screen_follows_the_language_version(fifo):
    """Raw strings exist from C++11: before that, text in one is real code, so its include is refused."""
    source = f'const char *s = R"(\n#include "{fifo.path}"\n)";\nint main() {{}}\n'
    assert screen_source(source, "c++17") is None
    assert "header name" in screen_source(source, "c++03")
    verdict = _sandboxed_runner("screening", std="c++03").check(source)
    assert verdict.reason == "rejected_input"
    assert screen_source("int x = 1'000;\n", "c++14") is None
    assert "trigraph" in screen_source("??=define X 1\nint main() {}\n", "c++14")
    assert not fifo.opened.is_set()


def test_preprocessed_output_check_sees_what_macros_produce():
    from compile_prefs.evaluate_metric.compile_success.compile_runner import check_preprocessed

    dirs = ("/usr/include",)
    clean = b'# 0 "main.cpp"\n# 1 "/usr/include/stdio.h" 1 3 4\n#pragma GCC diagnostic push\n# 2 "main.cpp" 2\nint main() {}\n'
    assert check_preprocessed(clean, dirs) is None
    pragma = b'# 0 "main.cpp"\n#pragma GCC diagnostic ignored "-Woverflow"\nint main() {}\n'
    assert "diagnostic" in check_preprocessed(pragma, dirs)
    # g++ marks tokens from a system macro's expansion (assert) this way; the program cannot write markers.
    expansion = b'# 0 "main.cpp"\n# 4 "main.cpp" 3 4\n(static_cast <bool> (\n# 4 "main.cpp"\n1\n'
    assert check_preprocessed(expansion, dirs) is None
    outside = b'# 0 "main.cpp"\n# 1 "/etc/passwd" 1\nroot\n'
    assert "not a system header" in check_preprocessed(outside, dirs)
    raw = b'# 0 "main.cpp"\nconst char *s = R"(\n# 1 "/usr/include/stdio.h" 3\n#pragma GCC diagnostic ignored "-Wall"\n)";\n'
    assert check_preprocessed(raw, dirs) is None


def test_assembly_check_allows_strings_and_refuses_directives():
    from compile_prefs.evaluate_metric.compile_success.compile_runner import check_assembly

    assert check_assembly(b'\t.string\t".incbin \\"/etc/passwd\\""\n\t.text\n') is None
    assert check_assembly(b"\t.text\n#APP\n\t.incbin \"/etc/passwd\"\n#NO_APP\n")
    assert check_assembly(b'\t.string "x"; .include "/etc/passwd"\n')
    assert check_assembly(b"\t.MACRO m\n")


def test_describe_and_cache_carry_the_runner_version(tmp_path):
    runner = CompileRunner(cache_dir=tmp_path)
    assert runner.describe()["runner_version"] == RUNNER_VERSION >= 4
    verdict = runner.check(BROKEN["warn_only"][0])
    cached = CompileRunner(cache_dir=tmp_path).check(BROKEN["warn_only"][0])
    assert cached.cached and cached.to_dict() == verdict.to_dict()
    assert Verdict.from_dict(verdict.to_dict()).warning_options == ("-Woverflow",)
