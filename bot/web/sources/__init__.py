"""The web desk's one door to the features: every call into roster, documents, curation,
broadcast and the kernel goes through these modules, so a renamed feature API is fixed here only.

bot/web never runs SQL on a feature's tables (tests/test_table_ownership.py)."""
