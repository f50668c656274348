"""Knowledge base: documents in, passages out."""
