"""compile-prefs: compiler feedback as preference data for code LLMs."""

__version__ = "0.1.0"
