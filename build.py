#!/usr/bin/env python3
"""Build the briefing site: `python build.py --help` lists the commands."""

import sys

if __name__ == "__main__":
    try:
        from briefing.cli import main
    except KeyboardInterrupt:  # Ctrl-C while starting: one line, as during the build (cli.main)
        print("build.py: interrupted (Ctrl-C)", file=sys.stderr)
        sys.exit(130)
    sys.exit(main())
