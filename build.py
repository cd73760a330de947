#!/usr/bin/env python3
"""Build the briefing site: `python build.py --help` lists the commands."""

import signal
import sys

if __name__ == "__main__":
    try:
        from briefing.cli import main
    except KeyboardInterrupt:  # Ctrl-C while starting: one line, as during the build (cli.main)
        print("build.py: interrupted (Ctrl-C)", file=sys.stderr)
        sys.exit(130)
    code = main()
    # Done: what is left is waiting for the replaced output tree to be deleted (a thread), which a
    # Ctrl-C now would only turn into an interpreter traceback or a death by signal.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.exit(code)
