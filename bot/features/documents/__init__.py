"""The documents feature."""
