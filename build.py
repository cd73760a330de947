#!/usr/bin/env python3
"""Build the briefing site: `python build.py --help` lists the commands."""

import gc
import signal
import sys
from pathlib import Path

# Options of the commands that take a value: what follows them is not the command.
_VALUED = {"--site", "--output", "--base-url", "--zip", "--pdf", "--paper", "--host", "--port"}


def _cold_build_entities(argv: list[str]) -> list[Path]:
    """The entity files of the site a cold build (`build`, `bundle` or `pdf` with `--no-cache`)
    will read, from a first look at the arguments before the package is loaded (cli.py parses
    them in full; a wrong guess here only starts, or not, a helper the build may not use)."""
    if "--no-cache" not in argv:
        return []
    site, command, skip = Path(__file__).resolve().parent, None, False
    for i, token in enumerate(argv):
        if skip:
            skip = False
        elif token in _VALUED:
            skip = True
            if token == "--site" and i + 1 < len(argv):
                site = Path(argv[i + 1])
        elif token.startswith("--site="):
            site = Path(token.partition("=")[2])
        elif not token.startswith("-") and command is None:
            command = token
    if command not in (None, "build", "bundle", "pdf"):
        return []
    from briefing.outlines import entity_files  # imports nothing else of the package

    return entity_files(site)


if __name__ == "__main__":
    try:
        entities = _cold_build_entities(sys.argv[1:])
        if entities:  # the maps' outlines, drawn in a helper from now on (maps.draw_ahead takes it)
            from briefing.outlines import start_helper

            start_helper(entities, early=True)
        from briefing.cli import main
    except KeyboardInterrupt:  # Ctrl-C while starting: one line, as during the build (cli.main)
        print("build.py: interrupted (Ctrl-C)", file=sys.stderr)
        sys.exit(130)
    code = main()
    # Done: what is left is waiting for the replaced output tree to be deleted (a thread), which a
    # Ctrl-C now would only turn into an interpreter traceback or a death by signal.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The process ends here: nothing it made needs collecting. The collector's passes at exit over
    # every object still alive (the model, the cache's manifests) cost an edit's build at 20,000
    # facts 1.7 s of its 7 (freezing moves them out of its reach; threads and atexit still run).
    gc.freeze()
    sys.exit(code)
