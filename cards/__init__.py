"""The results report, jinja2 cards and the release to the Hub.

This folder is installed as `compile_prefs.cards` (see the README's architecture section).
"""

# One module, one name: a second import under the folder's own name would load every module twice.
if __name__ != "compile_prefs.cards":
    raise ImportError(f"import compile_prefs.cards, not {__name__}: the cards/ folder is the package "
                      "compile_prefs.cards (pip install -e . maps the name to the folder)")
