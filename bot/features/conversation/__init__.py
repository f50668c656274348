"""The conversation feature."""
