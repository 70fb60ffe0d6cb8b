"""`python -m compile_prefs.cli ...` is `compile-prefs ...`."""

import sys

from compile_prefs.cli import main

sys.exit(main())
