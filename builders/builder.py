"""The `datasets` builder of codenet-cpp-compile-prefs: configs `completion` and `preference`.

datasets 5 runs no loading scripts, so the builder is a class you instantiate and prepare; what
it produces is exported as parquet (`compile-prefs build-data`) and then loads anywhere with a
plain `load_dataset(folder_or_repo, "completion")`.

    from compile_prefs.builders.builder import CodeNetCompilePrefs
    b = CodeNetCompilePrefs(config_name="completion", data_dir="/data/codenet", cache_dir=tmp,
                            seed=42, split_by="submission")
    b.download_and_prepare()
    ds = b.as_dataset()                  # DatasetDict(train, test, validation)
    b.summary                            # reader report, selection report, compiler (see build_data)

    prefs = CodeNetCompilePrefs(config_name="preference", data_files={"train": "pairs.jsonl"})

Data source (completion): `data_dir` is a CodeNet tree (full release or C++1000, see
builders.codenet). Without `data_dir` the full release is fetched and extracted through the
download manager (`dl_manager.download_and_extract`) from CODENET_URL, the IBM CDN archive of
the whole release (every language, ~8 GB compressed, much more extracted into the datasets
cache); `data_dir` always wins, and tests never download. Sampling and masking options are
config fields (see CompilePrefsConfig); compile verdicts come from the one runner
(`CompileRunner`, pass `runner=` to share one, else a default runner with `workers`).

Columns follow TRL's dataset formats, so `load_dataset(...)` feeds the trainers directly:
    completion  prompt-completion (SFTTrainer): prompt, completion + provenance (COMPLETION_FEATURES).
    preference  preference with explicit prompt (DPOTrainer): prompt, chosen, rejected + provenance.

Preference forms. TRL has a standard form (strings) and a conversational form (lists of
{"role", "content"} messages) and infers which from the data; a parquet column has one type,
so one config holds one form: PREFERENCE_FEATURES (standard: base models, e.g. Gemma,
CodeLlama) or CONVERSATIONAL_PREFERENCE_FEATURES (chat models, e.g. Mistral-instruct). The
config's `form` is "auto" by default (taken from the rows; mixed rows are an error), or
"standard"/"conversational" to insist. Provenance columns are identical in both forms, so
pairs of different models can be compared column by column; a combined `preference` config
must therefore combine models of one form (the mining step owns that choice).

`validate_preference_rows(rows)` is the schema check the mining step calls before writing; the
builder calls it too, and a bad file fails with every problem listed (row number, field, why).
"""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Iterable
from typing import Any

import datasets
from datasets import Features, List, Value

from compile_prefs.builders.codenet import CODENET_HOMEPAGE, CODENET_LICENSE, CodeNetReader, describe_corpus
from compile_prefs.builders.masking import CUTS, mask_code
from compile_prefs.builders.splits import SPLITS, SplitConfig, select_splits
from compile_prefs import layout

CODENET_URL = "https://dax-cdn.cdn.appdomain.cloud/dax-project-codenet/1.0.0/Project_CodeNet.tar.gz"
CODENET_CITATION = """@inproceedings{puri2021codenet,
  title={CodeNet: A Large-Scale AI for Code Dataset for Learning a Diversity of Coding Tasks},
  author={Ruchir Puri and David S. Kung and Geert Janssen and Wei Zhang and Giacomo Domeniconi and Vladimir Zolotov and Julian Dolby and Jie Chen and Mihir Choudhury and Lindsey Decker and Veronika Thost and Luca Buratti and Saurabh Pujar and Shyam Ramji and Ulrich Finkler and Susan Malaika and Frederick Reiss},
  booktitle={NeurIPS Datasets and Benchmarks},
  year={2021}
}"""  # noqa: E501 (the BibTeX entry as published)
FORMS = ("auto", "standard", "conversational")
STAGES = layout.EVAL_STAGES  # the stage whose output is `rejected`: any stage that generates

COMPLETION_FEATURES = Features({
    "problem_id": Value("string"),
    "submission_id": Value("string"),
    "prompt": Value("string"),
    "completion": Value("string"),
    "code": Value("string"),
    "mask_ratio": Value("float64"),
    "cut": Value("string"),                 # cut applied to this row: char, or line
    "language": Value("string"),            # CodeNet `language` (C++)
    "original_language": Value("string"),   # the judge's compiler, e.g. "C++14 (GCC 5.4.1)"; "" for C++1000
    "status": Value("string"),
    "split_by": Value("string"),
    "seed": Value("int64"),
    "rank": Value("int32"),                 # 1-based place in the problem's seeded order
})

_PROVENANCE = {
    "problem_id": Value("string"),
    "submission_id": Value("string"),
    "model": Value("string"),               # model name (layout.MODELS), e.g. gemma
    "stage": Value("string"),               # stage of the model whose output is `rejected`
    "decoding": Value("string"),            # canonical JSON of the decoding settings, e.g. {"do_sample": false}
    "diagnostic": Value("string"),          # first compiler diagnostic of the rejected program
    "reason": Value("string"),              # compile_success reason: error, warning, link, ...
    "levenshtein": Value("int64"),          # edit distance chosen <-> rejected (characters)
    "levenshtein_normalized": Value("float64"),  # divided by the longer length, in [0, 1]
}
MESSAGES = List({"role": Value("string"), "content": Value("string")})
PREFERENCE_FEATURES = Features({
    "prompt": Value("string"), "chosen": Value("string"), "rejected": Value("string"), **_PROVENANCE,
})
CONVERSATIONAL_PREFERENCE_FEATURES = Features({
    "prompt": MESSAGES, "chosen": MESSAGES, "rejected": MESSAGES, **_PROVENANCE,
})
PREFERENCE_REQUIRED = ("prompt", "chosen", "rejected", "problem_id", "submission_id", "model", "stage")
_ROLES = ("system", "user", "assistant")


def preference_features(form: str) -> Features:
    if form == "standard":
        return PREFERENCE_FEATURES
    if form == "conversational":
        return CONVERSATIONAL_PREFERENCE_FEATURES
    raise ValueError(f"form must be 'standard' or 'conversational', got {form!r}")


# ---------------------------------------------------------------- preference schema
class PreferenceSchemaError(ValueError):
    """Rows that do not fit the preference schema; `.problems` lists (row, message)."""

    def __init__(self, problems: list[tuple[int, str]], source: str = "preference rows"):
        self.problems = problems
        shown = "\n".join(f"  row {i}: {msg}" for i, msg in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"{source}: {len(problems)} schema problem(s):\n{shown}{more}\n"
                         f"expected keys {PREFERENCE_REQUIRED} "
                         f"(+ optional {tuple(k for k in _PROVENANCE if k not in PREFERENCE_REQUIRED)})")


def _form_of(row: dict) -> str | None:
    prompt = row.get("prompt")
    if isinstance(prompt, str):
        return "standard"
    if isinstance(prompt, list):
        return "conversational"
    return None


def _check_messages(value: Any, name: str, assistant_only: bool) -> str | None:
    if not isinstance(value, list) or not value:
        return f"'{name}' must be a non-empty list of {{'role', 'content'}} messages in the conversational form"
    for j, msg in enumerate(value):
        if not isinstance(msg, dict) or set(msg) != {"role", "content"}:
            return f"'{name}'[{j}] must be a dict with exactly the keys 'role' and 'content'"
        if msg["role"] not in _ROLES or not isinstance(msg["content"], str):
            return f"'{name}'[{j}] needs role in {_ROLES} and string content"
        if assistant_only and msg["role"] != "assistant":
            return f"'{name}'[{j}] must be an assistant message"
    return None


def _response_text(value) -> str:
    return value if isinstance(value, str) else "".join(m["content"] for m in value)


def _validate_row(row: Any, form: str) -> tuple[dict | None, list[str]]:
    if not isinstance(row, dict):
        return None, [f"expected a JSON object, got {type(row).__name__}"]
    errors = []
    missing = [k for k in PREFERENCE_REQUIRED if k not in row]
    if missing:
        errors.append(f"missing key(s) {missing}")
    unknown = sorted(set(row) - set(PREFERENCE_FEATURES))
    if unknown:
        errors.append(f"unknown key(s) {unknown} (the schema would drop them)")
    if missing:
        return None, errors
    if form == "standard":
        for k in ("prompt", "chosen", "rejected"):
            if not isinstance(row[k], str):
                errors.append(f"'{k}' must be a string in the standard form, got {type(row[k]).__name__}")
        if not errors and (not row["prompt"] or not row["chosen"]):
            errors.append("'prompt' and 'chosen' must be non-empty")
    else:
        for k, assistant_only in (("prompt", False), ("chosen", True), ("rejected", True)):
            problem = _check_messages(row[k], k, assistant_only)
            if problem:
                errors.append(problem)
    if not errors and row["chosen"] == row["rejected"]:
        errors.append("'chosen' and 'rejected' are identical: not a preference")
    for k in ("problem_id", "submission_id", "diagnostic", "reason"):
        if k in row and not isinstance(row[k], str):
            errors.append(f"'{k}' must be a string")
    if isinstance(row.get("problem_id"), str) and not row["problem_id"]:
        errors.append("'problem_id' must be non-empty")
    if isinstance(row.get("submission_id"), str) and not row["submission_id"]:
        errors.append("'submission_id' must be non-empty")
    try:
        layout.preference_config_name(row["model"] if isinstance(row["model"], str) else "")
    except ValueError:
        errors.append(f"'model' must be a model name (letters, digits, . _ -), got {row['model']!r}")
    if row["stage"] not in STAGES:
        errors.append(f"'stage' must be one of {STAGES}, got {row['stage']!r}")
    decoding = row.get("decoding", "")
    if not isinstance(decoding, (str, dict)):
        errors.append("'decoding' must be a string or an object of decoding settings")
    lev = row.get("levenshtein")
    if lev is not None and (not isinstance(lev, int) or isinstance(lev, bool) or lev < 0):
        errors.append(f"'levenshtein' must be a non-negative integer, got {lev!r}")
    norm = row.get("levenshtein_normalized")
    if norm is not None and (not isinstance(norm, (int, float)) or isinstance(norm, bool) or not 0 <= norm <= 1):
        errors.append(f"'levenshtein_normalized' must be a number in [0, 1], got {norm!r}")
    if errors:
        return None, errors

    from rapidfuzz.distance import Levenshtein

    out = {k: row[k] for k in PREFERENCE_REQUIRED}
    out["decoding"] = decoding if isinstance(decoding, str) else json.dumps(decoding, sort_keys=True)
    out["diagnostic"] = row.get("diagnostic", "")
    out["reason"] = row.get("reason", "")
    chosen, rejected = _response_text(row["chosen"]), _response_text(row["rejected"])
    out["levenshtein"] = lev if lev is not None else Levenshtein.distance(chosen, rejected)
    out["levenshtein_normalized"] = float(norm) if norm is not None else Levenshtein.normalized_distance(chosen, rejected)
    return out, []


def validate_preference_rows(rows: Iterable[Any], form: str = "auto", source: str = "preference rows") -> tuple[str, list[dict]]:
    """Check preference rows against the schema; return (form, normalised rows) or raise.

    Normalised rows have exactly the schema's columns: optional provenance filled in
    (decoding/diagnostic/reason "" when absent, a decoding dict becomes canonical JSON,
    Levenshtein distances computed with rapidfuzz when absent). Raises PreferenceSchemaError
    listing every problem (row number, field, why): a bad file is fixed once, not row by row.
    """
    if form not in FORMS:
        raise ValueError(f"form must be one of {FORMS}, got {form!r}")
    problems: list[tuple[int, str]] = []
    out: list[dict] = []
    for i, row in enumerate(rows):
        row_form = _form_of(row) if isinstance(row, dict) else None
        if row_form is None and isinstance(row, dict) and "prompt" in row:
            problems.append((i, "'prompt' must be a string (standard) or a list of messages (conversational), "
                                f"got {type(row['prompt']).__name__}"))
            continue
        if form == "auto" and row_form is not None:
            form = row_form
        if row_form is not None and row_form != form:
            problems.append((i, f"row is in the {row_form} form but the set is {form} (one form per config)"))
            continue
        clean, errors = _validate_row(row, form if form != "auto" else "standard")
        problems.extend((i, e) for e in errors)
        if clean is not None:
            out.append(clean)
    if problems:
        raise PreferenceSchemaError(problems, source)
    if not out:
        raise PreferenceSchemaError([(0, "no rows: a preference set needs at least one pair")], source)
    return (form if form != "auto" else "standard"), out


def read_jsonl(path: str | os.PathLike) -> list[Any]:
    """Rows of a JSON Lines file (or a .json list); a line that is not JSON is a schema problem."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        data = json.loads(text)
        if not isinstance(data, list):
            raise PreferenceSchemaError([(0, "a .json preference file must hold a list of rows")], str(path))
        return data
    rows, problems = [], []
    for number, line in enumerate(text.splitlines()):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as err:
            problems.append((number, f"not valid JSON ({err.msg})"))
    if problems:
        raise PreferenceSchemaError(problems, str(path))
    return rows


# ----------------------------------------------------------------------- builder
@dataclass
class CompilePrefsConfig(datasets.BuilderConfig):
    """BuilderConfig of both configs; `completion` reads the sampling/masking fields, `preference` reads `form`.

    Sampling (completion):
        seed, train_per_problem, test_per_problem, validation_per_problem, split_by, test_problem_fraction,
        max_problems, languages, statuses, dedup
    Masking (completion):
        mask_ratio, cut
    Compiling and source (completion):
        workers, compile_cache_dir, codenet_url, progress
    Preference:
        form
    """

    seed: int = field(default=42, metadata={"help": "Seed of the per-problem order."})
    train_per_problem: int = field(default=5, metadata={"help": "Compiling submissions per problem in train."})
    test_per_problem: int = field(default=2, metadata={"help": "Compiling submissions per problem in test."})
    validation_per_problem: int = field(default=1, metadata={"help": "Further compiling submissions per problem in validation."})
    split_by: str = field(default="submission", metadata={"help": "submission (paper) or problem."})
    test_problem_fraction: float = field(default=0.2, metadata={"help": "split_by=problem: held-out problem fraction."})
    max_problems: int | None = field(default=None, metadata={"help": "At most this many problems (seeded sample)."})
    languages: tuple = field(default=("C++",), metadata={"help": "CodeNet `language` values kept."})
    statuses: tuple = field(default=("Accepted",), metadata={"help": "CodeNet `status` values kept."})
    dedup: bool = field(default=True, metadata={"help": "Skip repeated code within a problem."})
    mask_ratio: float = field(default=0.1, metadata={"help": "Fraction of trailing characters masked."})
    cut: str = field(default="char", metadata={"help": "char (paper) or line: where the completion starts."})
    workers: int | None = field(default=None, metadata={"help": "Parallel compiles (default: all cores)."})
    compile_cache_dir: str | None = field(default=None, metadata={"help": "Verdict cache (default: the runner's)."})
    codenet_url: str = field(default=CODENET_URL, metadata={"help": "Archive fetched when no data_dir is given."})
    progress: bool = field(default=False, metadata={"help": "Show progress bars on stderr."})
    form: str = field(default="auto", metadata={"help": "preference: auto, standard or conversational."})

    def __post_init__(self):
        super().__post_init__()
        self.validate()

    def validate(self) -> None:
        """Check the fields; also run after datasets sets config kwargs by setattr (no __post_init__ there)."""
        self.languages, self.statuses = tuple(self.languages), tuple(self.statuses)
        if self.name == layout.COMPLETION_CONFIG:
            if not 0 < self.mask_ratio < 1:
                raise ValueError(f"mask_ratio must be in (0, 1), got {self.mask_ratio!r}")
            if self.cut not in CUTS:
                raise ValueError(f"cut must be one of {CUTS}, got {self.cut!r}")
            self.split_config()  # validates the sampling fields
        if self.form not in FORMS:
            raise ValueError(f"form must be one of {FORMS}, got {self.form!r}")

    def split_config(self) -> SplitConfig:
        return SplitConfig(seed=self.seed, train_per_problem=self.train_per_problem,
                           test_per_problem=self.test_per_problem,
                           validation_per_problem=self.validation_per_problem, split_by=self.split_by,
                           test_problem_fraction=self.test_problem_fraction,
                           max_problems=self.max_problems, dedup=self.dedup)


class CodeNetCompilePrefs(datasets.GeneratorBasedBuilder):
    """CodeNet C++ masked-completion and compiler-feedback preference datasets (see module docstring)."""

    BUILDER_CONFIG_CLASS = CompilePrefsConfig
    BUILDER_CONFIGS = [
        CompilePrefsConfig(name=layout.COMPLETION_CONFIG, version=datasets.Version("1.0.0"),
                           description="Masked C++ programs: prompt (first 90%) and completion (last 10%)."),
        CompilePrefsConfig(name=layout.PREFERENCE_CONFIG, version=datasets.Version("1.0.0"),
                           description="DPO pairs: chosen = original completion, rejected = a model's non-compiling one."),
    ]
    DEFAULT_CONFIG_NAME = layout.COMPLETION_CONFIG

    def __init__(self, *args, runner=None, **kwargs):
        # The runner is an object with threads and caches: kept off the config so it never
        # enters the config id hash.
        self.runner = runner
        self.summary: dict | None = None
        kwargs.setdefault("dataset_name", layout.DATASET_NAME.replace("-", "_"))
        super().__init__(*args, **kwargs)

    def _create_builder_config(self, config_name=None, custom_features=None, config_id=None, **config_kwargs):
        builder_config, config_id = super()._create_builder_config(config_name, custom_features, config_id, **config_kwargs)
        builder_config.validate()
        return builder_config, config_id

    def _info(self) -> datasets.DatasetInfo:
        if self._is_preference():
            # "auto": known only once the rows are read (_preference_splits sets it).
            features = None if self.config.form == "auto" else preference_features(self.config.form)
        else:
            features = COMPLETION_FEATURES
        return datasets.DatasetInfo(description=self.config.description or "", features=features,
                                    homepage=CODENET_HOMEPAGE, license=CODENET_LICENSE, citation=CODENET_CITATION)

    def _is_preference(self) -> bool:
        return self.config.name == layout.PREFERENCE_CONFIG

    def _split_generators(self, dl_manager):
        if self._is_preference():
            return self._preference_splits()
        return self._completion_splits(dl_manager)

    # ------------------------------------------------------------ completion
    def _completion_splits(self, dl_manager):
        cfg = self.config
        if cfg.data_dir:
            root = os.path.expanduser(cfg.data_dir)
        else:
            root = dl_manager.download_and_extract(cfg.codenet_url)
        reader = CodeNetReader(root, languages=cfg.languages, statuses=cfg.statuses)
        runner = self.runner
        if runner is None:
            from compile_prefs.evaluate_metric.compile_success.compile_runner import CompileRunner

            runner = self.runner = CompileRunner(workers=cfg.workers, cache_dir=cfg.compile_cache_dir)
        split_config = cfg.split_config()
        selected, split_report = select_splits(reader, runner, split_config, progress=cfg.progress)
        wanted = {"train": cfg.train_per_problem, "test": cfg.test_per_problem,
                  "validation": cfg.validation_per_problem}
        # A split no problem could fill (too few compiling submissions) is left out, not written empty.
        splits = [s for s in SPLITS if wanted[s] > 0 and selected[s]]
        corpus = describe_corpus(root)
        corpus.update(problems=split_report.problems_listed, problems_read=reader.report.problems,
                      programs_read=reader.report.rows_read, programs_selected=reader.report.rows_selected)
        self.summary = {
            "codenet_root": str(root),
            "layout": reader.layout,
            "corpus": corpus,
            "options": {**dataclasses.asdict(split_config), "mask_ratio": cfg.mask_ratio, "cut": cfg.cut,
                       "languages": list(cfg.languages), "statuses": list(cfg.statuses)},
            "counts": {s: len(selected[s]) for s in splits},
            "read": reader.report.to_dict(),
            "selection": split_report.to_dict(),
            "compiler": runner.describe(),
        }
        if not splits:
            raise ValueError(f"no compiling submissions selected from {root}: read report {self.summary['read']}, "
                             f"compile failures {self.summary['selection']['compile_failures']}")
        return [datasets.SplitGenerator(name=s, gen_kwargs={"samples": selected[s]}) for s in splits]

    def _generate_examples(self, samples=None, rows=None):
        if rows is not None:  # preference
            yield from enumerate(rows)
            return
        cfg = self.config
        for s in samples:
            masked = mask_code(s.code, cfg.mask_ratio, cfg.cut)
            yield f"{s.problem_id}/{s.submission_id}", {
                "problem_id": s.problem_id, "submission_id": s.submission_id,
                "prompt": masked.prompt, "completion": masked.completion, "code": masked.code,
                "mask_ratio": cfg.mask_ratio, "cut": masked.cut, "language": s.language,
                "original_language": s.original_language, "status": s.status,
                "split_by": cfg.split_by, "seed": cfg.seed, "rank": s.rank,
            }

    # ------------------------------------------------------------ preference
    def _preference_files(self) -> dict[str, list[str]]:
        if self.config.data_files:
            return {str(split): [str(f) for f in files] for split, files in self.config.data_files.items()}
        if self.config.data_dir:
            folder = Path(os.path.expanduser(self.config.data_dir))
            files = sorted(str(p) for p in folder.glob("*.jsonl")) or sorted(str(p) for p in folder.glob("*.json"))
            if files:
                return {"train": files}
            raise FileNotFoundError(f"no *.jsonl preference file in {folder}")
        raise ValueError("the preference config is built from a preference JSONL file: pass data_files= or data_dir=")

    def _preference_splits(self):
        form, generators = self.config.form, []
        for split, files in self._preference_files().items():
            rows: list = []
            for f in files:
                rows.extend(validate_preference_rows(read_jsonl(f), form, source=f)[1])
            form = validate_preference_rows(rows, form, source=split)[0]  # one form across files
            generators.append(datasets.SplitGenerator(name=split, gen_kwargs={"rows": rows}))
        self.info.features = preference_features(form)
        self.summary = {"form": form, "counts": {g.name: len(g.gen_kwargs["rows"]) for g in generators}}
        return generators


def build_preference_dataset(source: str | os.PathLike | Iterable[dict], form: str = "auto",
                             cache_dir: str | os.PathLike | None = None) -> datasets.Dataset:
    """The `train` split of a preference config from a JSONL path or in-memory rows, validated.

    A convenience for the mining step: `layout.write_config(folder, "preference-<model>", {"train": ds})`.
    """
    import tempfile

    with tempfile.TemporaryDirectory(prefix="compile-prefs-pref-") as tmp:
        if not isinstance(source, (str, os.PathLike)):
            path = Path(tmp) / "rows.jsonl"
            path.write_text("".join(json.dumps(r) + "\n" for r in source), encoding="utf-8")
            source = path
        builder = CodeNetCompilePrefs(config_name=layout.PREFERENCE_CONFIG, data_files={"train": str(source)},
                                      form=form, cache_dir=str(cache_dir or Path(tmp) / "cache"))
        builder.download_and_prepare()
        # In memory, so the dataset outlives the temporary cache.
        return builder.as_dataset(split="train", in_memory=True)
