"""Features: each a package that owns its tables (its store is the only code that touches them)."""
