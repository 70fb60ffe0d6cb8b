"""Streaming reader for Project CodeNet: metadata rows and the source files they point to.

Two layouts are understood (`detect_layout` finds them under a given root):

    full release                               C++1000 benchmark
    Project_CodeNet/                           Project_CodeNet_C++1000/
      metadata/problem_list.csv                  pNNNNN/sNNNNNNNNN.cpp   (all Accepted, no metadata)
      metadata/pNNNNN.csv
      data/pNNNNN/<language>/sNNNNNNNNN.<ext>
      derived/duplicates/identical_problem_clusters

The full release lists ~14M submissions in 4,053 per-problem CSV files. The reader never holds
more than one problem's metadata file in memory: rows are parsed with the `csv` module (the
paper's code split lines on commas) and filtered on `language` and `status` as they stream by.
Source files are read only when asked for (`read`), so a build opens just the files it samples.

Bad input never raises and is never dropped silently: every skipped row or file is counted by
reason in a `ReadReport` (with a few example locations per reason), and harmless repairs
(CRLF normalised, BOM stripped, missing final newline) are counted as notes.

    reader = CodeNetReader("/data/codenet")            # languages=("C++",), statuses=("Accepted",)
    for row in reader.rows("p00002"):                  # metadata only, filtered
        sub = reader.read(row)                         # Submission or None (counted in reader.report)
    print(reader.report.to_dict())
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Iterable, Iterator

FULL = "full"
CPP1000 = "cpp1000"
FULL_DIRNAME = "Project_CodeNet"
CPP1000_DIRNAME = "Project_CodeNet_C++1000"
METADATA_COLUMNS = (
    "submission_id", "problem_id", "user_id", "date", "language", "original_language",
    "filename_ext", "status", "cpu_time", "memory", "code_size", "accuracy",
)
# Without these a row cannot be filtered or located on disk.
REQUIRED_COLUMNS = ("submission_id", "problem_id", "language", "status", "filename_ext")

# Skip reasons (row or file not used) and notes (repaired and used). Kept as constants so the
# build summary and the tests agree on spelling.
WRONG_COLUMN_COUNT = "wrong_column_count"
MALFORMED_ROW = "malformed_row"
UNDECODABLE_ROW = "undecodable_row"
PROBLEM_ID_MISMATCH = "problem_id_mismatch"
DUPLICATE_SUBMISSION = "duplicate_submission"
MISSING_METADATA = "missing_metadata"
BAD_METADATA_HEADER = "bad_metadata_header"
MALFORMED_PROBLEM_LIST_ROW = "malformed_problem_list_row"
MISSING_FILE = "missing_file"
UNREADABLE_FILE = "unreadable_file"
EMPTY_FILE = "empty_file"
UNDECODABLE_FILE = "undecodable_file"
TOO_LARGE = "too_large"
NOTE_CRLF = "crlf_normalised"
NOTE_BOM = "bom_stripped"
NOTE_NO_FINAL_NEWLINE = "no_final_newline"
NOTE_SIZE_MISMATCH = "code_size_mismatch"
NOTE_BLANK_LINE = "blank_metadata_line"

_SAFE_ID = re.compile(r"^[A-Za-z0-9_-]+$")
_SAFE_EXT = re.compile(r"^[A-Za-z0-9_+]+$")
_SAFE_DIR = re.compile(r"^[A-Za-z0-9_+#. -]+$")
_PROBLEM_DIR = re.compile(r"^p\d+$")
_EXAMPLES_PER_REASON = 5


@dataclass
class ReadReport:
    """What the reader saw: rows read and selected, rows filtered out, bad input skipped by reason.

    `skipped` counts rows and files that were not used (bad input); `filtered` counts rows the
    language/status filter left out (those are checked for their column count only: they are never
    located on disk); `notes` counts repairs applied to files that were used.
    `examples` keeps the first few locations ("p00002/s123456789" or "p00002.csv:17") per reason.
    """

    problems: int = 0
    rows_read: int = 0
    rows_selected: int = 0
    files_read: int = 0
    filtered: Counter = field(default_factory=Counter)
    skipped: Counter = field(default_factory=Counter)
    notes: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=dict)

    def skip(self, reason: str, where: str) -> None:
        self.skipped[reason] += 1
        self._example(reason, where)

    def note(self, reason: str, where: str) -> None:
        self.notes[reason] += 1
        self._example(reason, where)

    def _example(self, reason: str, where: str) -> None:
        seen = self.examples.setdefault(reason, [])
        if len(seen) < _EXAMPLES_PER_REASON:
            seen.append(where)

    def to_dict(self) -> dict:
        return {
            "problems": self.problems,
            "rows_read": self.rows_read,
            "rows_selected": self.rows_selected,
            "files_read": self.files_read,
            "filtered": dict(sorted(self.filtered.items())),
            "skipped": dict(sorted(self.skipped.items())),
            "notes": dict(sorted(self.notes.items())),
            "examples": {k: list(v) for k, v in sorted(self.examples.items())},
        }


@dataclass(slots=True)
class Row:
    """One metadata row that passed validation and the filter (no source read yet)."""

    problem_id: str
    submission_id: str
    language: str
    original_language: str
    status: str
    filename_ext: str
    code_size: int | None
    path: Path

    @property
    def where(self) -> str:
        return f"{self.problem_id}/{self.submission_id}"


@dataclass(slots=True)
class Submission:
    """A row plus its source text: UTF-8 decoded, BOM stripped, line endings normalised to '\\n'."""

    row: Row
    source: str

    problem_id = property(lambda self: self.row.problem_id)
    submission_id = property(lambda self: self.row.submission_id)


def detect_layout(root: str | os.PathLike) -> tuple[str, Path]:
    """(layout, dataset directory) for a CodeNet tree at `root` or directly below it."""
    root = Path(root)
    candidates = [(FULL, root), (FULL, root / FULL_DIRNAME), (CPP1000, root / CPP1000_DIRNAME), (CPP1000, root)]
    for layout, path in candidates:
        if layout == FULL and (path / "metadata").is_dir():
            return layout, path
        if layout == CPP1000 and path.is_dir() and path.name == CPP1000_DIRNAME:
            return layout, path
    # A bare C++1000-style folder (pNNNNN/*.cpp) under any name.
    if root.is_dir() and any(p.is_dir() and _PROBLEM_DIR.match(p.name) for p in root.iterdir()):
        return CPP1000, root
    raise FileNotFoundError(
        f"no CodeNet tree at {root}: expected {FULL_DIRNAME}/metadata/ (full release) or "
        f"{CPP1000_DIRNAME}/pNNNNN/*.cpp (C++1000) under it, or one of those folders itself"
    )


CODENET_NAME = "Project CodeNet"
CODENET_LICENSE = "CDLA-Permissive-2.0"
CODENET_HOMEPAGE = "https://github.com/IBM/Project_CodeNet"
_README_TITLE = re.compile(r"^#\s+(.+?)\s*$", re.MULTILINE)
_README_LICENSE = re.compile(r"\bLicen[cs]e\b\**\s*[:.]?\**\s*\[?([A-Za-z][A-Za-z0-9.+-]*[0-9A-Za-z])")


def describe_corpus(root: str | os.PathLike) -> dict:
    """What the tree at `root` is: name, licence, homepage, and where that was learned.

    A corpus that only borrows CodeNet's layout (the project's demo corpus) says so in a README.md beside its
    `Project_CodeNet/` folder: a `# title` and a `License: <SPDX id>` line. Without such a README the tree is
    taken for Project CodeNet itself (the full release or the C++1000 benchmark, told apart by their layout).
    """
    layout, path = detect_layout(root)
    readme = path.parent / "README.md"
    if readme.is_file():
        text = readme.read_text(encoding="utf-8", errors="replace")
        title, licence = _README_TITLE.search(text), _README_LICENSE.search(text)
        if title and licence and "codenet" not in title.group(1).lower():
            return {"name": title.group(1), "license": licence.group(1), "homepage": None,
                    "layout": layout, "described_by": str(readme)}
    name = CODENET_NAME if layout == FULL else f"{CODENET_NAME} C++1000 benchmark"
    return {"name": name, "license": CODENET_LICENSE, "homepage": CODENET_HOMEPAGE, "layout": layout,
            "described_by": f"the {layout} CodeNet layout at {path}"}


def _decoded_lines(raw: bytes, report: ReadReport, where: str) -> Iterator[str]:
    """Lines of a metadata file; an undecodable line is counted and skipped, the rest still read."""
    try:
        yield from io.StringIO(raw.decode("utf-8-sig"), newline="")
        return
    except UnicodeDecodeError:
        pass
    for number, line in enumerate(raw.splitlines(keepends=True), 1):
        try:
            yield line.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            report.skip(UNDECODABLE_ROW, f"{where}:{number}")


class CodeNetReader:
    """Stream filtered metadata rows and read their source files, counting every bad input.

    Args:
        root: a folder holding `Project_CodeNet/` or `Project_CodeNet_C++1000/`, or one of them.
        languages: values of the `language` column to keep (None keeps all). C++1000 is all "C++".
        statuses: values of the `status` column to keep (None keeps all). C++1000 is all "Accepted".
        max_bytes: source files larger than this are skipped as `too_large` (None: no limit).
        report: a `ReadReport` to add to (a new one by default; see `self.report`).
    """

    def __init__(
        self,
        root: str | os.PathLike,
        *,
        languages: Iterable[str] | None = ("C++",),
        statuses: Iterable[str] | None = ("Accepted",),
        max_bytes: int | None = 1_000_000,
        report: ReadReport | None = None,
    ):
        self.layout, self.root = detect_layout(root)
        self.languages = None if languages is None else frozenset(languages)
        self.statuses = None if statuses is None else frozenset(statuses)
        self.max_bytes = max_bytes
        self.report = report if report is not None else ReadReport()
        self._problem_ids: list[str] | None = None

    # ------------------------------------------------------------------ problems
    def problem_ids(self) -> list[str]:
        """Problem ids in the release's own order (problem_list.csv, else sorted by id).

        ~4,000 short strings: small enough to list, and callers need the full list to order it.
        Listed once per reader (so problem_list.csv problems are counted once); a copy is returned.
        """
        if self._problem_ids is None:
            self._problem_ids = self._list_problems()
        return list(self._problem_ids)

    def _list_problems(self) -> list[str]:
        if self.layout == CPP1000:
            return sorted(p.name for p in self.root.iterdir() if p.is_dir() and _PROBLEM_DIR.match(p.name))
        listing = self.root / "metadata" / "problem_list.csv"
        if not listing.is_file():
            return sorted(p.stem for p in (self.root / "metadata").glob("p*.csv") if _SAFE_ID.match(p.stem))
        ids, seen = [], set()
        lines = _decoded_lines(listing.read_bytes(), self.report, "problem_list.csv")
        reader = csv.reader(lines)
        header = next(reader, None) or []
        id_col = header.index("id") if "id" in header else 0
        for number, record in enumerate(reader, 2):
            pid = record[id_col].strip() if len(record) > id_col else ""
            if not _SAFE_ID.match(pid) or pid in seen:
                if record:
                    self.report.skip(MALFORMED_PROBLEM_LIST_ROW, f"problem_list.csv:{number}")
                continue
            seen.add(pid)
            ids.append(pid)
        return ids

    def problem_clusters(self) -> dict[str, str]:
        """problem id -> a canonical id shared by problems CodeNet marks identical (AIZU/AtCoder copies).

        Read from derived/duplicates/identical_problem_clusters when present; empty otherwise.
        """
        path = self.root / "derived" / "duplicates" / "identical_problem_clusters"
        if self.layout != FULL or not path.is_file():
            return {}
        clusters: dict[str, str] = {}
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            members = sorted({m.strip() for m in line.split(",") if _SAFE_ID.match(m.strip())})
            for member in members:
                clusters[member] = clusters.get(member, members[0])
        return clusters

    # ---------------------------------------------------------------------- rows
    def rows(self, problem_id: str) -> Iterator[Row]:
        """Valid rows of one problem that pass the language/status filter, in file order."""
        self.report.problems += 1
        if self.layout == CPP1000:
            yield from self._cpp1000_rows(problem_id)
        else:
            yield from self._metadata_rows(problem_id)

    def iter_rows(self, problem_ids: Iterable[str] | None = None) -> Iterator[Row]:
        for pid in self.problem_ids() if problem_ids is None else problem_ids:
            yield from self.rows(pid)

    def _keep(self, language: str, status: str) -> bool:
        if self.languages is not None and language not in self.languages:
            self.report.filtered["language"] += 1
            return False
        if self.statuses is not None and status not in self.statuses:
            self.report.filtered["status"] += 1
            return False
        self.report.rows_selected += 1
        return True

    def _cpp1000_rows(self, problem_id: str) -> Iterator[Row]:
        folder = self.root / problem_id
        if not folder.is_dir():
            self.report.skip(MISSING_METADATA, problem_id)
            return
        for path in sorted(folder.glob("*.cpp")):
            self.report.rows_read += 1
            if not _SAFE_ID.match(path.stem):
                self.report.skip(MALFORMED_ROW, f"{problem_id}/{path.name}")
                continue
            if self._keep("C++", "Accepted"):
                yield Row(problem_id, path.stem, "C++", "", "Accepted", "cpp", None, path)

    def _metadata_rows(self, problem_id: str) -> Iterator[Row]:
        name = f"{problem_id}.csv"
        path = self.root / "metadata" / name
        try:
            raw = path.read_bytes()
        except OSError:
            self.report.skip(MISSING_METADATA, name)
            return
        reader = csv.reader(_decoded_lines(raw, self.report, name))
        header = [h.strip() for h in next(reader, [])]
        if any(col not in header for col in REQUIRED_COLUMNS):
            self.report.skip(BAD_METADATA_HEADER, name)
            return
        col = {c: header.index(c) for c in header}
        i_sid, i_pid, i_lang, i_status, i_ext = (col[c] for c in REQUIRED_COLUMNS)
        i_orig, i_size = col.get("original_language"), col.get("code_size")
        width, report = len(header), self.report
        languages, statuses = self.languages, self.statuses
        seen: set[str] = set()
        data_dir = self.root / "data" / problem_id
        while True:
            line = reader.line_num + 1  # where the next record starts, for error locations
            try:
                record = next(reader)
            except StopIteration:
                break
            except csv.Error:
                report.rows_read += 1
                report.skip(MALFORMED_ROW, f"{name}:{line}")
                continue
            if not record:
                report.note(NOTE_BLANK_LINE, f"{name}:{line}")
                continue
            report.rows_read += 1
            if len(record) != width:
                report.skip(WRONG_COLUMN_COUNT, f"{name}:{line}")
                continue
            # Filter first: ~14M rows stream by and most are other languages or statuses; those are
            # never located on disk, so only the rows kept are validated further.
            language, status = record[i_lang].strip(), record[i_status].strip()
            if languages is not None and language not in languages:
                report.filtered["language"] += 1
                continue
            if statuses is not None and status not in statuses:
                report.filtered["status"] += 1
                continue
            sid, pid, ext = record[i_sid].strip(), record[i_pid].strip(), record[i_ext].strip()
            if not (_SAFE_ID.match(sid) and _SAFE_EXT.match(ext) and _SAFE_DIR.match(language)) or language[0] == ".":
                report.skip(MALFORMED_ROW, f"{name}:{line}")
                continue
            if pid != problem_id:
                report.skip(PROBLEM_ID_MISMATCH, f"{name}:{line}")
                continue
            if sid in seen:
                report.skip(DUPLICATE_SUBMISSION, f"{name}:{line}")
                continue
            seen.add(sid)
            report.rows_selected += 1
            size = record[i_size].strip() if i_size is not None else ""
            yield Row(
                problem_id=pid,
                submission_id=sid,
                language=language,
                original_language=record[i_orig].strip() if i_orig is not None else "",
                status=status,
                filename_ext=ext,
                code_size=int(size) if size.isdigit() else None,
                path=data_dir / language / f"{sid}.{ext}",
            )

    # --------------------------------------------------------------------- files
    def read(self, row: Row) -> Submission | None:
        """The row's source, decoded and normalised; None (counted by reason) when unusable."""
        try:
            raw = row.path.read_bytes()
        except FileNotFoundError:
            self.report.skip(MISSING_FILE, row.where)
            return None
        except OSError:  # a directory, no permission, I/O error
            self.report.skip(UNREADABLE_FILE, row.where)
            return None
        self.report.files_read += 1
        if row.code_size is not None and row.code_size != len(raw):
            self.report.note(NOTE_SIZE_MISMATCH, row.where)
        if self.max_bytes is not None and len(raw) > self.max_bytes:
            self.report.skip(TOO_LARGE, row.where)
            return None
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
            self.report.note(NOTE_BOM, row.where)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            self.report.skip(UNDECODABLE_FILE, row.where)
            return None
        if "\x00" in text:  # binary junk decodes as UTF-8 but is not a program
            self.report.skip(UNDECODABLE_FILE, row.where)
            return None
        if not text.strip():
            self.report.skip(EMPTY_FILE, row.where)
            return None
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            self.report.note(NOTE_CRLF, row.where)
        if not text.endswith("\n"):
            self.report.notes[NOTE_NO_FINAL_NEWLINE] += 1
        return Submission(row, text)

    def submissions(self, problem_id: str | None = None) -> Iterator[Submission]:
        """Readable submissions of one problem (or all problems), in metadata order."""
        rows = self.rows(problem_id) if problem_id is not None else self.iter_rows()
        for row in rows:
            sub = self.read(row)
            if sub is not None:
                yield sub
