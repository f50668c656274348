"""The transport-free chat kernel: dispatch, messages, delivery, access, texts. Imports no chat library."""
