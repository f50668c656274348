"""The roster feature."""
