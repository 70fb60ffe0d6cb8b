"""Prompt formats, extraction, generation, preference mining, SFT/DPO/DPOP, recipes and accelerate configs.

This folder is installed as `compile_prefs.training` (see the README's architecture section).
"""

# One module, one name: a second import under the folder's own name would load every module twice.
if __name__ != "compile_prefs.training":
    raise ImportError(f"import compile_prefs.training, not {__name__}: the training/ folder is the package "
                      "compile_prefs.training (pip install -e . maps the name to the folder)")

import logging

# bitsandbytes warns at import, on CPUs with AVX512-BF16, that an optional CPU kernel package is missing.
# Nothing here runs that kernel (4-bit loading is for CUDA), so the warning would only be noise on every run.
logging.getLogger("bitsandbytes").setLevel(logging.ERROR)
