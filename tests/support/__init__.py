"""Test support: the Bot API emulator, the Synapse harness, doubles. Bench imports these too."""
