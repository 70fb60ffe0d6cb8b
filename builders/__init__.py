"""CodeNet -> masked splits -> the `datasets` builder and its configs.

This folder is installed as `compile_prefs.builders` (see the README's architecture section).
"""

# One module, one name: a second import under the folder's own name would load every module twice.
if __name__ != "compile_prefs.builders":
    raise ImportError(f"import compile_prefs.builders, not {__name__}: the builders/ folder is the package "
                      "compile_prefs.builders (pip install -e . maps the name to the folder)")
