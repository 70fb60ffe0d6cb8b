"""The `compile_success` evaluate module: the one sandboxed g++ runner (standard library only).

This folder is installed as `compile_prefs.evaluate_metric` (see the README's architecture section).
"""

# One module, one name: a second import under the folder's own name would load every module twice.
if __name__ != "compile_prefs.evaluate_metric":
    raise ImportError(f"import compile_prefs.evaluate_metric, not {__name__}: the evaluate_metric/ folder is the package "
                      "compile_prefs.evaluate_metric (pip install -e . maps the name to the folder)")
