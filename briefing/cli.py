"""Command line: `python build.py [build|check] [--site DIR] [--output OUT]`.

Exit codes: 0 success, 1 content problems, 2 usage errors.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from pathlib import Path

from .bundle import bundle_name, write_bundle
from .pipeline import PROJECT_ROOT, Result, build, validate
from .problems import Problem

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2

EPILOG = """examples:
  python build.py                      build this repository's briefing into output/
  python build.py check                validate only (no output written)
  python build.py bundle               build, then write <title>-<date>.zip for offline reading
  python build.py schema               write schema/*.json for editors (from the model)
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
    common.add_argument("--base-url", default=None, metavar="URL",
                        help="public address of the site, overriding site.yaml's base_url "
                             "(the Pages workflow passes the one GitHub assigns)")
    parser = _Parser(prog="build.py", description="Build a cited briefing site from YAML fact sheets.",
                     epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter, parents=[common])
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.add_parser("build", parents=[common], help="validate and write the site (the default)",
                        description="Validate the content and write the site.", epilog=EPILOG,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    commands.add_parser("check", parents=[common], help="validate only; write nothing",
                        description="Validate the content and report every problem; write nothing.",
                        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    bundle = commands.add_parser(
        "bundle", parents=[common], help="build, then zip the site for offline reading",
        description="Build the site, then write <title>-<date>.zip of it: unzip and double-click index.html.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    bundle.add_argument("--zip", type=Path, default=None, metavar="FILE",
                        help="where to write the zip (default: DIR/<title-slug>-<YYYY-MM-DD>.zip)")
    commands.add_parser(
        "schema", parents=[common], help="write the JSON Schema files editors use for content/",
        description="Write the JSON Schema of every content file kind, generated from the model, "
                    "to schema/ (or to --output DIR).",
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


def _schema(args: argparse.Namespace) -> int:
    from .schema import SCHEMA_DIR, schema_files, write_schemas

    directory = (args.output or PROJECT_ROOT / SCHEMA_DIR).absolute()
    changed = write_schemas(directory)
    if not args.quiet:
        print(f"Wrote {len(changed)} of {len(schema_files())} schema files in {directory} "
              f"({len(schema_files()) - len(changed)} already up to date)")
    return EXIT_OK


def _bundle(args: argparse.Namespace, site_dir: Path, out_dir: Path, result: Result) -> int:
    assert result.briefing is not None
    today = datetime.date.today()
    name = bundle_name(result.briefing.site.title, today)
    zip_path = (args.zip or site_dir / f"{name}.zip").absolute()
    count = write_bundle(out_dir, zip_path, name, today)
    if not args.quiet:
        print(f"Bundled {count} files → {zip_path} ({zip_path.stat().st_size / 1048576:.1f} MB): "
              f"unzip it and open {name}/index.html")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "schema":
        return _schema(args)
    if args.base_url is not None and not args.base_url.startswith(("https://", "http://")):
        print(f"build.py: error: --base-url {args.base_url}: give a full http(s) address, "
              "e.g. https://user.github.io/repo/", file=sys.stderr)
        return EXIT_USAGE
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
    result = build(site_dir, out_dir, base_url=args.base_url)
    report(result.problems)
    if not result.ok:
        return EXIT_PROBLEMS
    if not args.quiet:
        print(_summary(result, out_dir))
    if command == "bundle":
        return _bundle(args, site_dir, out_dir, result)
    return EXIT_OK
