"""Command line: `python build.py [build|check] [--site DIR] [--output OUT]`.

Exit codes: 0 success, 1 content problems, 2 usage errors.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .pipeline import PROJECT_ROOT, Result, build, validate
from .problems import Problem

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2

EPILOG = """examples:
  python build.py                      build this repository's briefing into output/
  python build.py check                validate only (no output written)
  python build.py --site tests/fixtures/site --output /tmp/site
exit codes: 0 ok, 1 content problems (listed as path:line:col), 2 usage error"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--site", type=Path, default=None, metavar="DIR",
                        help="site directory holding site.yaml and content/ (default: this repository)")
    common.add_argument("--output", type=Path, default=None, metavar="OUT",
                        help="where to write the site (default: DIR/output)")
    common.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    parser = _Parser(prog="build.py", description="Build a cited briefing site from YAML fact sheets.",
                     epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter, parents=[common])
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.add_parser("build", parents=[common], help="validate and write the site (the default)",
                        description="Validate the content and write the site.", epilog=EPILOG,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    commands.add_parser("check", parents=[common], help="validate only; write nothing",
                        description="Validate the content and report every problem; write nothing.",
                        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    return parser


def _use_color(stream: object) -> bool:
    return bool(getattr(stream, "isatty", lambda: False)()) and "NO_COLOR" not in os.environ


def report(problems: list[Problem], stream: object = sys.stderr) -> None:
    """Print every problem, then a count line."""
    color = _use_color(stream)
    for problem in problems:
        print(problem.format(color), file=stream)  # type: ignore[call-overload]
    errors = sum(1 for p in problems if p.is_error)
    warnings = len(problems) - errors
    if errors:
        print(f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}: "
              "nothing was written", file=stream)  # type: ignore[call-overload]


def _summary(result: Result, out_dir: Path) -> str:
    briefing = result.briefing
    assert briefing is not None
    warnings = sum(1 for p in result.problems if not p.is_error)
    return (f"Built {result.pages} pages ({len(briefing.facts)} facts, {len(briefing.sources)} sources, "
            f"{len(briefing.entities)} entities, {warnings} warning{'s' if warnings != 1 else ''}) "
            f"in {result.seconds:.2f} s → open {out_dir / 'index.html'}")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    site_dir = (args.site or PROJECT_ROOT).resolve()
    if not site_dir.is_dir():
        print(f"build.py: error: --site {args.site}: no such directory", file=sys.stderr)
        return EXIT_USAGE
    out_dir = (args.output or site_dir / "output").absolute()
    command = args.command or "build"
    if command == "check":
        result = validate(site_dir)
        report(result.problems)
        if result.ok and not args.quiet and result.briefing is not None:
            b = result.briefing
            print(f"OK: {len(b.facts)} facts, {len(b.sources)} sources, {len(b.entities)} entities checked "
                  f"in {result.seconds:.2f} s")
        return EXIT_OK if result.ok else EXIT_PROBLEMS
    result = build(site_dir, out_dir)
    report(result.problems)
    if not result.ok:
        return EXIT_PROBLEMS
    if not args.quiet:
        print(_summary(result, out_dir))
    return EXIT_OK
