"""The one g++ runner of compile-prefs: a sandboxed, cached, parallel "does this C++ compile?".

Everything in the project that needs a compile verdict comes here: the `compile_success`
metric, the dataset builder (which programs are kept), generation scoring and preference
mining. Standard library only, so the metric folder can be pushed as a Space as it is.

The verdict is the paper's, made exact: compile and link with `g++ -std=c++17`; Good means
exit status 0, *empty* stderr and no limit hit. Any error or warning (linker warnings too)
is Bad. Every verdict carries a reason and the first diagnostic line.

    from evaluate_metric.compile_success.compile_runner import CompileRunner
    runner = CompileRunner()                       # paper defaults, all cores, on-disk cache
    runner.check("int main() {}")                  # Verdict(verdict='Good', reason=None, ...)
    runner.check_many([src1, src2], progress=True) # parallel, de-duplicated, cached

Model output is untrusted input and a policy trained on this reward will look for loopholes,
so each compile runs in a fresh private directory, under rlimits, with a wall-clock timeout
that kills its whole process group, and (when bubblewrap is installed) in a filesystem
sandbox that sees only /usr, the precompiled headers and the job directory. Sources are
screened before compiling: diagnostic-control pragmas would make the verdict gameable, and
include/assembler tricks would read other files (see `screen_source`).

Modes and what each one misses:
    link    (default, the paper) compile + link: catches everything below.
    object  (-c)            misses link errors: no `main`, undefined references, linker
                            warnings such as the one for `gets`.
    syntax  (-fsyntax-only) misses the above and errors/warnings that appear only during code
                            generation or assembly (invalid inline asm, some middle-end warnings).
"""

from __future__ import annotations

import atexit
import dataclasses
import hashlib
import json
import os
import re
import selectors
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

GOOD, BAD = "Good", "Bad"
REASONS = ("error", "warning", "link", "timeout", "resource", "rejected_input", "internal")
MODES = {"link": [], "object": ["-c"], "syntax": ["-fsyntax-only"]}

# Headers that most often open a competitive-programming file (three quarters of real CodeNet
# C++ starts with <iostream> or <cstdio>). A PCH is only used when the header is the first
# include, so it never changes which program compiles: a program that forgot an include still
# fails. Nothing is force-included.
PCH_HEADERS = ("bits/stdc++.h", "iostream", "cstdio", "vector", "algorithm", "string", "cmath", "cstring")

_PCH_LAYOUT = 2  # bump when the PCH folder's layout changes, so stale caches are rebuilt
RUNNER_VERSION = 3  # part of every cache key: bump when a change could alter a verdict
_SOURCE_NAME = "main.cpp"
_SANDBOX_JOB = "/job"
_SANDBOX_PCH = "/pch"


@dataclass(frozen=True)
class CompileConfig:
    """How a program is compiled and judged.

    Verdict:
        std, mode, warnings_as_errors, extra_flags
    Limits (per compile):
        timeout_s, cpu_time_s, memory_mb, max_output_mb, max_stderr_kb, max_errors, max_source_bytes
    Speed and isolation:
        use_pch, linker, sandbox
    """

    std: str = field(default="c++17", metadata={"help": "Language standard passed as -std=."})
    mode: str = field(default="link", metadata={"help": "link (paper), object (-c) or syntax (-fsyntax-only)."})
    warnings_as_errors: bool = field(default=True, metadata={"help": "A warning makes the verdict Bad (paper)."})
    extra_flags: tuple[str, ...] = field(default=(), metadata={"help": "Extra g++ flags, e.g. ('-O2',)."})
    timeout_s: float = field(default=30.0, metadata={"help": "Wall-clock limit; the process group is killed."})
    cpu_time_s: int = field(default=20, metadata={"help": "CPU-time rlimit of the compiler processes."})
    memory_mb: int = field(default=2048, metadata={"help": "Address-space rlimit (a macro bomb stops here)."})
    max_output_mb: int = field(default=64, metadata={"help": "File-size rlimit: the largest file g++ may write."})
    max_stderr_kb: int = field(default=64, metadata={"help": "Diagnostics kept; more output stops the compile."})
    max_errors: int = field(default=5, metadata={"help": "-fmax-errors: g++ stops after this many errors."})
    max_source_bytes: int = field(default=1 << 20, metadata={"help": "Larger sources are rejected unread."})
    use_pch: bool = field(default=True, metadata={"help": "Use precompiled headers for common first includes."})
    linker: str = field(default="auto", metadata={"help": "auto (gold when installed), default or gold."})
    sandbox: str = field(default="auto", metadata={"help": "auto, bubblewrap or screening (no filesystem sandbox)."})

    def __post_init__(self):
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {sorted(MODES)}, got {self.mode!r}")
        if self.sandbox not in ("auto", "bubblewrap", "screening"):
            raise ValueError(f"sandbox must be auto, bubblewrap or screening, got {self.sandbox!r}")
        if self.linker not in ("auto", "default", "gold"):
            raise ValueError(f"linker must be auto, default or gold, got {self.linker!r}")
        if not re.fullmatch(r"(c|gnu)\+\+[0-9a-z]{2}", self.std):
            raise ValueError(f"std must look like c++17 or gnu++20, got {self.std!r}")
        if isinstance(self.extra_flags, (str, bytes)):
            raise TypeError("extra_flags must be a sequence of flags, not a single string")
        object.__setattr__(self, "extra_flags", tuple(self.extra_flags))
        for flag in self.extra_flags:
            # Flags that read or write files, or switch diagnostics off, would undo the sandbox
            # or the verdict; compile-prefs chooses those itself.
            if re.match(r"-(I|L|include|imacros|iquote|isystem|idirafter|o$|w$|Wno-|B|specs|wrapper|fplugin|save-temps|@)", flag):
                raise ValueError(f"extra flag {flag!r} is not allowed (it reads files or hides diagnostics)")
        for name in ("timeout_s", "cpu_time_s", "memory_mb", "max_output_mb", "max_stderr_kb", "max_errors", "max_source_bytes"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive")


@dataclass
class Verdict:
    """One program's verdict. `reason` is None for Good; `diagnostic` is the first diagnostic line."""

    verdict: str
    reason: str | None = None
    diagnostic: str = ""
    cached: bool = False
    seconds: float = 0.0

    @property
    def good(self) -> bool:
        return self.verdict == GOOD

    def to_dict(self) -> dict:
        return {"verdict": self.verdict, "reason": self.reason, "diagnostic": self.diagnostic}


def _bad(reason: str, diagnostic: str) -> Verdict:
    return Verdict(BAD, reason, diagnostic[:300])


# ------------------------------------------------------------------ screening
_SPLICE = re.compile(r"(\\|\?\?/)[ \t]*\r?\n")  # line splices are undone before tokenising
_DIRECTIVE = re.compile(r"^[ \t]*(?:#|%:)[ \t]*(\w+)(.*)$", re.M)
_PRAGMA_OPERATOR = re.compile(r"\b_Pragma\b|__pragma\b")
_ASM_FILE_DIRECTIVE = re.compile(r"\.(incbin|include)\b", re.I)
_HAS_INCLUDE = re.compile(r"__has_include(?:_next)?\s*\(\s*([<\"])([^>\"]*)")
_SAFE_PRAGMAS = re.compile(r"^\s*(once|GCC\s+(optimize|target|unroll|ivdep|push_options|pop_options)|pack|region|endregion)\b")


def _bad_include_target(path: str) -> str | None:
    path = path.strip()
    if path.startswith(("/", "~")) or re.match(r"^[A-Za-z]:[\\/]", path):
        return "absolute path"
    if ".." in re.split(r"[\\/]", path):
        return "parent-relative path"
    return None


def screen_source(source: str) -> str | None:
    """Why a source must not reach the compiler, or None.

    Refused whatever the sandbox: diagnostic-control pragmas in any spelling (they would turn
    off the warnings that must count as failures), and includes or assembler directives that
    read files outside the system headers. Token pasting that could assemble `_Pragma` is
    checked by the runner after preprocessing (see `_pragma_in_preprocessed`).
    """
    text = _SPLICE.sub("", source)
    if _PRAGMA_OPERATOR.search(text):
        return "_Pragma operator (diagnostic control is not allowed)"
    if _ASM_FILE_DIRECTIVE.search(text):
        return "assembler .include/.incbin reads files"
    for match in _HAS_INCLUDE.finditer(text):
        why = _bad_include_target(match.group(2))
        if why:
            return f"__has_include of an {why}"
    for match in _DIRECTIVE.finditer(text):
        name, rest = match.group(1), match.group(2)
        if name == "pragma":
            if re.search(r"\bdependency\b", rest):
                return "#pragma GCC dependency reads another file"
            if not _SAFE_PRAGMAS.match(rest):
                return f"#pragma{rest[:40]} (only once/optimize/target/pack/region pragmas are allowed)"
        elif name in ("include", "include_next", "import"):
            operand = rest.strip()
            if not operand or operand[0] not in "<\"":
                return "computed #include (the target must be a literal <...> or \"...\")"
            target = operand[1:].split(">" if operand[0] == "<" else '"', 1)[0]
            why = _bad_include_target(target)
            if why:
                return f"#include of an {why}"
        elif name == "line" and re.search(r"[<\"].*(/dev|/proc)", rest):
            return "#line naming a device file"
    return None


# ---------------------------------------------------------------- diagnostics
_DIAG_LINE = re.compile(r"(fatal error|error|warning):|undefined reference|multiple definition|collect2|ld returned|ld(\.gold)?:")


def _normalise(line: str, job_dir: str) -> str:
    line = re.sub(r"\S*/cc\w{6}\.o\b", "main.o", line)
    line = line.replace(job_dir + "/", "").replace(_SANDBOX_JOB + "/", "")
    line = re.sub(r"\S*compile-prefs-[\w-]+/", "", line)
    return line.strip()[:300]


def _classify(returncode: int, stderr: str, job_dir: str, hit_stderr_cap: bool) -> Verdict:
    lines = [l for l in stderr.splitlines() if l.strip()]
    first = next((l for l in lines if _DIAG_LINE.search(l)), lines[0] if lines else "")
    diagnostic = _normalise(first, job_dir)
    low = stderr.lower()
    if "internal compiler error" in low and "signal terminated program" not in low:
        return _bad("internal", diagnostic)
    # A compile we stopped for writing too many diagnostics is judged by its first one, not as a limit hit.
    if not hit_stderr_cap and ("virtual memory exhausted" in low or "out of memory" in low or "cannot allocate memory" in low
            or "file size limit exceeded" in low or "killed signal terminated" in low
            or "std::bad_alloc" in low or returncode in (-signal.SIGXFSZ, -signal.SIGKILL, -signal.SIGSEGV)):
        return _bad("resource", diagnostic or "resource limit hit")
    if not hit_stderr_cap and ("cpu time limit exceeded" in low or returncode == -signal.SIGXCPU):
        return _bad("timeout", diagnostic or "CPU time limit hit")
    if returncode == 0 and not lines and not hit_stderr_cap:
        return Verdict(GOOD)
    linker = re.search(r"(undefined reference|multiple definition|collect2|ld returned|/ld(\.gold)?:|\.o:)", first)
    if "[-Werror" in first or re.search(r"\bwarning:", first):
        return _bad("warning", diagnostic)
    if linker:
        return _bad("link", diagnostic)
    if re.search(r"\berror:", first) or returncode != 0:
        return _bad("error", diagnostic)
    return _bad("warning", diagnostic or "compiler wrote diagnostics")


# -------------------------------------------------------------- the compiler
def compiler_version(compiler: str = "g++") -> str:
    try:
        out = subprocess.run([compiler, "--version"], capture_output=True, text=True, timeout=30, env={"LC_ALL": "C", "PATH": os.environ.get("PATH", "/usr/bin")})
    except (OSError, subprocess.TimeoutExpired) as err:
        raise RuntimeError(f"cannot run the C++ compiler {compiler!r}: {err}") from err
    return out.stdout.splitlines()[0].strip() if out.stdout else compiler


def _bubblewrap_works() -> bool:
    bwrap = shutil.which("bwrap")
    if not bwrap:
        return False
    try:
        probe = subprocess.run([bwrap, *_bwrap_base_args(), "/usr/bin/true"], capture_output=True, timeout=20)
        return probe.returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def _bwrap_base_args() -> list[str]:
    args = ["--ro-bind", "/usr", "/usr"]
    for name in ("lib", "lib64", "bin", "sbin", "lib32", "libx32"):
        if os.path.islink(f"/{name}"):
            args += ["--symlink", os.readlink(f"/{name}"), f"/{name}"]
        elif os.path.isdir(f"/{name}"):
            args += ["--ro-bind", f"/{name}", f"/{name}"]
    args += ["--dev-bind", "/dev/null", "/dev/null", "--unshare-all", "--die-with-parent", "--clearenv",
             "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "LC_ALL", "C"]
    return args


_LIVE: set[subprocess.Popen] = set()
_LIVE_LOCK = threading.Lock()


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


@atexit.register
def _kill_all_live() -> None:
    with _LIVE_LOCK:
        for proc in list(_LIVE):
            _kill_group(proc)


def default_cache_dir() -> Path:
    if os.environ.get("COMPILE_PREFS_CACHE"):
        return Path(os.environ["COMPILE_PREFS_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "compile-prefs"


class CompileRunner:
    """Compiles sources under `config` and returns verdicts; safe to share between threads.

    workers: parallel compiles (default: the machine's cores).
    cache_dir: on-disk verdict cache keyed on (source, flags, compiler version); None uses
        `default_cache_dir()`, False disables it. PCHs are built there too.
    """

    def __init__(self, config: CompileConfig | None = None, workers: int | None = None,
                 cache_dir: str | os.PathLike | None | bool = None, compiler: str = "g++"):
        self.config = config or CompileConfig()
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.compiler = shutil.which(compiler)
        if self.compiler is None:
            raise RuntimeError(f"C++ compiler {compiler!r} not found; install g++ (Debian: apt-get install g++)")
        self.compiler = os.path.realpath(self.compiler)
        self.version = compiler_version(self.compiler)
        if self.config.sandbox == "screening":
            self.sandbox = "screening"
        elif _bubblewrap_works():
            self.sandbox = "bubblewrap"
        elif self.config.sandbox == "bubblewrap":
            raise RuntimeError("sandbox='bubblewrap' was requested but bwrap is missing or cannot create namespaces "
                               "(Debian: apt-get install bubblewrap)")
        else:
            self.sandbox = "screening"
        if self.config.linker == "gold" or (self.config.linker == "auto" and shutil.which("ld.gold")):
            self.linker = "gold"
        else:
            self.linker = "default"
        self.cache_dir = None if cache_dir is False else Path(cache_dir or default_cache_dir())
        self._memory: dict[str, Verdict] = {}
        self._pch_lock = threading.Lock()
        self._pch_dir: Path | None = None
        self._pch_ready = False

    # ------------------------------------------------------------ description
    def flags(self) -> list[str]:
        """The g++ flags that decide the verdict (without paths, PCH or sandbox plumbing)."""
        c = self.config
        flags = [f"-std={c.std}", *MODES[c.mode]]
        if c.warnings_as_errors:
            flags.append("-Werror")
        flags += [f"-fmax-errors={c.max_errors}", "-fno-diagnostics-show-caret", "-fdiagnostics-color=never",
                  "-fdiagnostics-urls=never", *c.extra_flags]
        if c.mode == "link":
            flags.append("-Wl,--fatal-warnings")
            if self.linker == "gold":
                flags.append("-fuse-ld=gold")
        return flags

    def describe(self) -> dict:
        c = self.config
        return {"compiler": self.version, "std": c.std, "mode": c.mode, "warnings_as_errors": c.warnings_as_errors,
                "flags": self.flags(), "sandbox": self.sandbox, "precompiled_headers": c.use_pch, "linker": self.linker,
                "limits": {"timeout_s": c.timeout_s, "cpu_time_s": c.cpu_time_s, "memory_mb": c.memory_mb,
                           "max_output_mb": c.max_output_mb}}

    def _key(self, source_bytes: bytes) -> str:
        h = hashlib.sha256()
        h.update(json.dumps([RUNNER_VERSION, self.version, self.compiler, self.flags(), self.config.max_source_bytes,
                             self.config.use_pch]).encode())
        h.update(b"\0")
        h.update(source_bytes)
        return h.hexdigest()

    # ------------------------------------------------------------------ cache
    def _cache_file(self, key: str) -> Path | None:
        return None if self.cache_dir is None else self.cache_dir / "verdicts" / key[:2] / f"{key}.json"

    def _cache_get(self, key: str) -> Verdict | None:
        if key in self._memory:
            return dataclasses.replace(self._memory[key], cached=True)
        path = self._cache_file(key)
        if path is None:
            return None
        try:
            data = json.loads(path.read_text())
            verdict = Verdict(data["verdict"], data["reason"], data["diagnostic"], cached=True)
        except (OSError, ValueError, KeyError):
            return None
        self._memory[key] = verdict
        return verdict

    def _cache_put(self, key: str, verdict: Verdict) -> None:
        # Timeouts, limit hits and runner failures depend on load, not on the program: recompile next time.
        if verdict.reason in ("timeout", "resource", "internal"):
            return
        self._memory[key] = verdict
        path = self._cache_file(key)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_text(json.dumps(verdict.to_dict()))
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only cache only costs speed

    # -------------------------------------------------------------------- PCH
    def _pch_root(self) -> Path | None:
        """Folder with <header>.gch files for the current flags, built once (per flags + compiler)."""
        if not self.config.use_pch or self.cache_dir is None:
            return None
        with self._pch_lock:
            if self._pch_ready:
                return self._pch_dir
            key = hashlib.sha256(json.dumps([_PCH_LAYOUT, self.version, self.compiler, self.pch_flags()]).encode()).hexdigest()[:16]
            root = self.cache_dir / "pch" / key
            done = root / ".complete"
            if not done.exists():
                try:
                    self._build_pch(root)
                    done.write_text(json.dumps({"compiler": self.version, "flags": self.pch_flags()}))
                except OSError:
                    root = None
            self._pch_dir, self._pch_ready = (root if root and done.exists() else None), True
            return self._pch_dir

    def pch_flags(self) -> list[str]:
        # Code-generation-relevant flags must match between the PCH and the compile.
        return [f for f in self.flags() if not f.startswith(("-Wl,", "-fuse-ld", "-c", "-fsyntax-only"))]

    def _build_pch(self, root: Path) -> None:
        root.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix="compile-prefs-pch-", dir=root))
        try:
            for header in PCH_HEADERS:
                target = root / f"{header}.gch"
                target.parent.mkdir(parents=True, exist_ok=True)
                stub = work / "stub.h"
                stub.write_text(f"#include <{header}>\n")
                tmp_out = work / "out.gch"
                result = subprocess.run([self.compiler, *self.pch_flags(), "-x", "c++-header", str(stub), "-o", str(tmp_out)],
                                        capture_output=True, timeout=300, stdin=subprocess.DEVNULL,
                                        env={"LC_ALL": "C", "PATH": "/usr/bin:/bin"})
                # A header that does not build cleanly (e.g. missing on this system) simply gets no PCH.
                if result.returncode == 0 and not result.stderr.strip():
                    # g++ finds <header>.gch here for *every* include of <header>, but can use a
                    # PCH only for the first one; the others then open <header> in this folder,
                    # so a forwarder hands them on to the real header further down the search path.
                    (root / header).write_text(f"#include_next <{header}>\n")
                    os.replace(tmp_out, target)
        finally:
            shutil.rmtree(work, ignore_errors=True)

    # ---------------------------------------------------------------- compile
    def check(self, source: str) -> Verdict:
        return self.check_many([source])[0]

    def check_many(self, sources: Sequence[str], progress: bool = False, desc: str = "compiling") -> list[Verdict]:
        """Verdicts in input order. Identical sources compile once; cached verdicts are reused."""
        sources = list(sources)
        for i, src in enumerate(sources):
            if not isinstance(src, str):
                raise TypeError(f"prediction at index {i} is {type(src).__name__}, expected str")
        encoded = [_encode(s) for s in sources]
        keys = [self._key(b) for b in encoded]
        results: dict[str, Verdict] = {}
        todo: dict[str, bytes] = {}
        for key, data in zip(keys, encoded):
            if key in results or key in todo:
                continue
            hit = self._cache_get(key)
            if hit is not None:
                results[key] = hit
            else:
                todo[key] = data
        if todo:
            bar = _progress_bar(len(todo), desc) if progress else None
            pch = self._pch_root()
            with ThreadPoolExecutor(max_workers=min(self.workers, len(todo))) as pool:
                futures = {pool.submit(self._compile_one, data, pch): key for key, data in todo.items()}
                try:
                    for future in futures:
                        key = futures[future]
                        verdict = future.result()
                        self._cache_put(key, verdict)
                        results[key] = verdict
                        if bar is not None:
                            bar.update(1)
                except BaseException:
                    for future in futures:
                        future.cancel()
                    _kill_all_live()
                    raise
                finally:
                    if bar is not None:
                        bar.close()
        return [dataclasses.replace(results[k]) for k in keys]

    def _compile_one(self, data: bytes, pch: Path | None) -> Verdict:
        start = time.monotonic()
        c = self.config
        if len(data) > c.max_source_bytes:
            return _bad("rejected_input", f"source is {len(data)} bytes, over the {c.max_source_bytes}-byte limit")
        text = data.decode("utf-8", errors="replace")
        why = screen_source(text)
        if why:
            return _bad("rejected_input", f"refused before compiling: {why}")
        job = tempfile.mkdtemp(prefix="compile-prefs-job-")
        try:
            (Path(job) / "tmp").mkdir()
            (Path(job) / _SOURCE_NAME).write_bytes(data)
            verdict = self._run_compiler(job, pch, text)
        except Exception as err:  # noqa: BLE001 - one broken compile must never sink the batch
            verdict = _bad("internal", f"runner failed: {err.__class__.__name__}: {err}")
        finally:
            shutil.rmtree(job, ignore_errors=True)
        verdict.seconds = time.monotonic() - start
        return verdict

    def _run_compiler(self, job: str, pch: Path | None, source: str) -> Verdict:
        c = self.config
        if "##" in _SPLICE.sub("", source):
            # Token pasting can assemble `_Pragma` where no screen can see it; the preprocessor
            # shows the pragmas it would obey, so ask it (in the same sandbox) before compiling.
            rc, stderr, hit_cap, timed_out = self._sandboxed(job, None, ["-E", _SOURCE_NAME, "-o", "main.i"])
            if timed_out:
                return _bad("timeout", f"preprocessing exceeded {c.timeout_s:g} s")
            why = _pragma_in_preprocessed(Path(job) / "main.i") if rc == 0 else None
            if why:
                return _bad("rejected_input", f"refused before compiling: {why}")
        out_name = {"link": "main.out", "object": "main.o", "syntax": None}[c.mode]
        args = [_SOURCE_NAME] + (["-o", out_name] if out_name else [])
        rc, stderr, hit_cap, timed_out = self._sandboxed(job, pch, args, flags=self.flags())
        text = stderr.decode("utf-8", errors="replace")
        if timed_out:
            first = next((l for l in text.splitlines() if _DIAG_LINE.search(l)), "")
            return _bad("timeout", _normalise(first, job) or f"compile exceeded {c.timeout_s:g} s")
        return _classify(rc, text, job, hit_cap)

    def _sandboxed(self, job: str, pch: Path | None, args: list[str], flags: list[str] | None = None):
        """Run g++ on the job folder under the sandbox and limits: (returncode, stderr, hit_cap, timed_out)."""
        c = self.config
        inside_job = _SANDBOX_JOB if self.sandbox == "bubblewrap" else job
        inside_pch = _SANDBOX_PCH if self.sandbox == "bubblewrap" else (str(pch) if pch else None)
        flags = flags if flags is not None else [f"-std={c.std}", *c.extra_flags]
        argv = [self.compiler, *flags]
        if pch is not None:
            argv += ["-I", inside_pch]
        argv += args
        if self.sandbox == "bubblewrap":
            wrap = ["bwrap", *_bwrap_base_args(), "--bind", job, _SANDBOX_JOB, "--chdir", _SANDBOX_JOB,
                    "--setenv", "TMPDIR", f"{_SANDBOX_JOB}/tmp"]
            if pch is not None:
                wrap += ["--ro-bind", str(pch), _SANDBOX_PCH]
            argv = wrap + ["--"] + argv
        limits = ["prlimit", f"--as={c.memory_mb << 20}", f"--cpu={c.cpu_time_s}", f"--fsize={c.max_output_mb << 20}",
                  "--core=0", "--"] if shutil.which("prlimit") else []
        env = {"LC_ALL": "C", "PATH": "/usr/bin:/bin", "TMPDIR": f"{inside_job}/tmp"}
        proc = subprocess.Popen(limits + argv, cwd=job, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, env=env, start_new_session=True)
        with _LIVE_LOCK:
            _LIVE.add(proc)
        try:
            stderr, hit_cap, timed_out = _read_capped(proc, c.max_stderr_kb << 10, c.timeout_s)
        finally:
            _kill_group(proc)  # nothing the compiler started outlives the compile
            proc.wait()
            with _LIVE_LOCK:
                _LIVE.discard(proc)
        return proc.returncode, stderr, hit_cap, timed_out


_LINEMARKER = re.compile(r'^# \d+ "(.*)"')


def _pragma_in_preprocessed(path: Path) -> str | None:
    """A diagnostic-control pragma that the preprocessor emitted for the program's own lines."""
    in_main = True
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            marker = _LINEMARKER.match(line)
            if marker:
                in_main = marker.group(1) == _SOURCE_NAME
            elif in_main and line.lstrip().startswith("#pragma") and not _SAFE_PRAGMAS.match(line.lstrip()[7:]):
                return f"macro expansion produces {line.strip()[:60]!r} (diagnostic control is not allowed)"
    return None


def _read_capped(proc: subprocess.Popen, cap: int, timeout: float) -> tuple[bytes, bool, bool]:
    """Read stderr up to `cap` bytes; stop the compile when it writes more or runs past `timeout`."""
    chunks, size, hit_cap, timed_out = [], 0, False, False
    deadline = time.monotonic() + timeout
    fd = proc.stderr.fileno()
    os.set_blocking(fd, False)
    with selectors.DefaultSelector() as sel:
        sel.register(fd, selectors.EVENT_READ)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                timed_out = True
                break
            if not sel.select(timeout=min(remaining, 0.5)) and proc.poll() is None:
                continue  # nothing to read yet and still running; once it exits, read to EOF
            try:
                chunk = os.read(fd, 65536)
            except BlockingIOError:
                continue
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > cap:
                hit_cap = True
                break
    proc.stderr.close()
    return b"".join(chunks)[:cap], hit_cap, timed_out


def _encode(source: str) -> bytes:
    try:
        # Lone surrogates (undecodable bytes read with surrogateescape) go to the compiler as the bytes they were.
        return source.encode("utf-8", errors="surrogateescape")
    except UnicodeEncodeError:
        return source.encode("utf-8", errors="replace")


def _progress_bar(total: int, desc: str):
    try:
        from tqdm.auto import tqdm
    except ImportError:
        return None
    return tqdm(total=total, desc=desc, unit="file", dynamic_ncols=True)
