"""How a pipeline step's command parses its options and runs: the one home of that pattern.

A step's module declares `ARGUMENTS`, a tuple of config dataclasses, and `run(*configs) -> int`.
Its options are derived from the dataclasses by transformers' HfArgumentParser (every field one
option, `--field_name` or `--field-name`; a bool field that defaults to True also gets `--no-field`),
so no option exists in the parser and not in the config, or the other way round. A config's own
validation (`__post_init__`) is a usage error: the parser prints it and exits with status 2.

    def main(argv=None) -> int:             # python -m compile_prefs.<package>.<step>
        return run_command(ARGUMENTS, run, argv, prog="compile-prefs <step>", description=__doc__)

`compile-prefs <step>` (compile_prefs/cli) runs the same function.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from functools import wraps


def parse_configs(arguments: Sequence[type], argv: Sequence[str] | None = None, prog: str | None = None,
                  description: str | None = None) -> tuple:
    """One instance of each dataclass in `arguments`, from `argv` (default: sys.argv[1:])."""
    from transformers import HfArgumentParser

    first_line = description.strip().split("\n")[0] if description else None
    parser = HfArgumentParser(tuple(arguments), prog=prog, description=first_line)
    try:
        return tuple(parser.parse_args_into_dataclasses(args=None if argv is None else list(argv)))
    except (ValueError, FileNotFoundError) as err:  # a config's own validation: a usage error
        parser.error(str(err))


def run_command(arguments: Sequence[type], run: Callable[..., int | None], argv: Sequence[str] | None = None,
                prog: str | None = None, description: str | None = None) -> int:
    """Parse the configs of a step from `argv` and run it; its exit status."""
    return int(run(*parse_configs(arguments, argv, prog, description)) or 0)


def fails_cleanly(*errors: type[BaseException], label: str = "error", status: int = 1):
    """Decorate a step's `run`: bad input or setup (`errors`) prints one line, `<label>: <message>`, on
    stderr and returns `status` instead of a traceback; anything else still raises."""
    if not errors:
        raise TypeError("fails_cleanly needs the exception types that mean bad input or setup")

    def decorate(run: Callable[..., int | None]) -> Callable[..., int]:
        @wraps(run)
        def guarded(*configs) -> int:
            try:
                return int(run(*configs) or 0)
            except errors as err:
                print(f"{label}: {err}", file=sys.stderr)
                return status

        return guarded

    return decorate
