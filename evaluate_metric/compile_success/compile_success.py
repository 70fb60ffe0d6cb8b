"""compile_success: the fraction of C++ programs that compile cleanly with g++ (warnings count as failures)."""

import datasets
import evaluate

from .compile_runner import RUNNER_VERSION
from .compile_runner import CompileConfig
from .compile_runner import CompileRunner

_DESCRIPTION = """\
compile_success is the compile-success rate of "Direct Preference Optimisation with Compiler
Feedback": each prediction is a complete C++ program, compiled and linked with
`g++ -std=c++17`. A program is Good when g++ exits 0 and prints nothing; any error or warning
(linker warnings included) makes it Bad. The score is n_good / n.

Compiles run in parallel, in a sandbox (bubblewrap when installed, plus input screening),
under time, memory and output limits, with precompiled headers and an on-disk verdict cache.
Diagnostic-control pragmas, line control and include/assembler tricks are refused in every
spelling (a preprocessing-token lexer, a check of the preprocessor's output and of the assembly),
so the verdict cannot be gamed by silencing warnings and no file outside the system headers is read.
"""

_KWARGS_DESCRIPTION = """
Args:
    predictions (`list` of `str`): complete C++ programs, one per sample.
    references: unused; accepted so the metric fits evaluate's interfaces.
    std (`str`): language standard, default "c++17".
    mode (`str`): "link" (default, the paper), "object" (-c) or "syntax" (-fsyntax-only).
        "object" misses link errors (no main, undefined references, linker warnings);
        "syntax" also misses errors that appear only during code generation or assembly.
    warnings_as_errors (`bool`): a warning makes the program Bad (default True, the paper).
    extra_flags (`list` of `str`): more g++ flags, e.g. ["-O2"].
    timeout_s (`float`): wall-clock limit per compile (default 30).
    workers (`int`): parallel compiles (default: all cores).
    return_details (`bool`): add per-program verdicts (default False).
Returns:
    compile_success (`float`): fraction of Good programs (0.0 for no predictions).
    n (`int`): number of programs.
    n_good (`int`): number of Good programs.
    runner_version (`int`): version of the runner's verdict rules; results of different versions do not mix.
    details (`list` of `dict`, with return_details): {"verdict": "Good"|"Bad", "reason", "diagnostic",
        "has_error", "warning_options"} per program; reason is one of error, warning, link, timeout,
        resource, rejected_input, internal (None when Good); has_error: an error (not only warnings)
        occurred; warning_options: the -W options of all warnings printed.
Examples:
    >>> import evaluate
    >>> metric = evaluate.load("evaluate_metric/compile_success")
    >>> good = "#include <cstdio>\\nint main() { std::puts(\\"hi\\"); }\\n"
    >>> broken = "int main() { return 0 }\\n"
    >>> metric.compute(predictions=[good, broken])
    {'compile_success': 0.5, 'n': 2, 'n_good': 1, 'runner_version': 5}
    >>> metric.compute(predictions=[broken], return_details=True)["details"][0]["reason"]
    'error'
"""

_CITATION = """\
@misc{compiler-feedback-dpo,
  title  = {Direct Preference Optimisation with Compiler Feedback},
  note   = {compile-success rate: completions compiled with g++ -std=c++17; warnings count as failures}
}
@inproceedings{puri2021codenet,
  title     = {CodeNet: A Large-Scale AI for Code Dataset for Learning a Diversity of Coding Tasks},
  author    = {Puri, Ruchir and Kung, David S. and Janssen, Geert and others},
  booktitle = {NeurIPS Datasets and Benchmarks},
  year      = {2021}
}
"""


@evaluate.utils.file_utils.add_start_docstrings(_DESCRIPTION, _KWARGS_DESCRIPTION)
class CompileSuccess(evaluate.Metric):
    def _info(self):
        return evaluate.MetricInfo(
            description=_DESCRIPTION,
            citation=_CITATION,
            inputs_description=_KWARGS_DESCRIPTION,
            features=[
                datasets.Features({"predictions": datasets.Value("string")}),
                datasets.Features({"predictions": datasets.Value("string"), "references": datasets.Value("string")}),
            ],
            homepage="https://github.com/compile-prefs/compile-prefs",
            codebase_urls=["https://github.com/compile-prefs/compile-prefs"],
        )

    def compute(self, *, predictions=None, references=None, **kwargs):
        """Compile each prediction and return the compile-success rate (arguments below)."""
        # Arrow would silently cast 3 to "3"; a non-program is the caller's bug, so name it.
        if predictions is not None:
            for i, prediction in enumerate(predictions):
                if not isinstance(prediction, str):
                    raise TypeError(f"prediction at index {i} is {type(prediction).__name__}, expected a C++ program as str")
            if len(predictions) == 0:  # evaluate cannot infer a batch from nothing
                result = {"compile_success": 0.0, "n": 0, "n_good": 0, "runner_version": RUNNER_VERSION}
                if kwargs.get("return_details"):
                    result["details"] = []
                return result
        return super().compute(predictions=predictions, references=references, **kwargs)

    def _compute(self, predictions, references=None, std="c++17", mode="link", warnings_as_errors=True,
                 extra_flags=(), timeout_s=30.0, workers=None, return_details=False):
        config = CompileConfig(std=std, mode=mode, warnings_as_errors=warnings_as_errors,
                               extra_flags=tuple(extra_flags), timeout_s=timeout_s)
        verdicts = CompileRunner(config, workers=workers).check_many(list(predictions))
        n_good = sum(v.good for v in verdicts)
        result = {"compile_success": n_good / len(verdicts) if verdicts else 0.0, "n": len(verdicts), "n_good": n_good,
                  "runner_version": RUNNER_VERSION}
        if return_details:
            result["details"] = [v.to_dict() for v in verdicts]
        return result
