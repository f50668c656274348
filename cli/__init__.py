"""The staff command line: one click application (``ingest.py`` is its entry point)."""
