#!/usr/bin/env python3
"""Staff command line (knowledge base, roster, broadcasts, queue, stats): see ``cli/``."""
from cli.main import main

if __name__ == "__main__":
    main()
