"""The curation feature."""
