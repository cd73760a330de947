"""Command line: `python build.py [COMMAND] [options]`; `python build.py --help` lists the commands.

Exit codes: 0 success, 1 content problems, 2 usage errors, 3 a program the command needs (Chromium) is
missing or failed, 4 the system stopped the build (output busy with --no-wait, disk full, not writable),
130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import datetime
import errno
import os
import signal
import sys
import textwrap
from pathlib import Path

from .bundle import bundle_name, is_bundle, write_bundle
from .pdf import PAPER_SIZES, is_printed_pack, print_pack
from .pipeline import DEFAULT_TEMPLATES, PROJECT_ROOT, Result, build, validate
from .problems import Problem, Severity, count_warnings, terminal_safe
from .urls import PACK
from .write import OutputBusy, OutputLock, inputs_clash, target_refusal

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_TOOL, EXIT_SYSTEM, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130

EXIT_CODES = ("exit codes: 0 ok, 1 content problems (listed as path:line:col), 2 usage error, "
              "3 a program the command needs is missing or failed (pdf: Chromium), 4 the system stopped "
              "the build (output busy with --no-wait, disk full, not writable), 130 interrupted (Ctrl-C), "
              "143 or 129 stopped (SIGTERM, SIGHUP)")
EPILOG = f"""examples:
  python build.py                      build this repository's briefing into output/
  python build.py check                validate only (no output written)
  python build.py serve                live preview on http://127.0.0.1:8000/, rebuilt on every save
  python build.py new source ~/article.txt    add an article as a source
  python build.py coverage             what the sources say that no fact cites yet
  python build.py diff main            what the working tree changes in the briefing since main
  python build.py bundle               build, then write <title>-<date>.zip for offline reading
  python build.py pdf                  build, then print the briefing pack to output/briefing.pdf
  python build.py schema               write schema/*.json for editors (from the model)
  python build.py --site tests/fixtures/site --output /tmp/site
`python build.py COMMAND --help` shows each command's options and examples.
{EXIT_CODES}"""

# Each command: one-line help, description, and the examples shown by `COMMAND --help`.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "build": ("validate and write the site (the default)",
              "Validate the content and write the site; nothing is written if there is any error.",
              "  python build.py build\n  python build.py build --site tests/fixtures/site --output /tmp/site\n"
              "  python build.py build --quiet        only problems are printed"),
    "check": ("validate only; write nothing",
              "Validate the content and report every problem; write nothing.",
              "  python build.py check\n  python build.py check --site tests/fixtures/site"),
    "serve": ("live preview: build, serve on 127.0.0.1, rebuild and reload on save",
              "Build the site, serve it on http://HOST:PORT/ and rebuild whenever site.yaml, content/ or "
              "templates/ change; open pages reload by themselves once the build has finished. A failed "
              "build keeps the last good site and shows its problems on the page and here.",
              "  python build.py serve\n  python build.py serve --port 8001\n"
              "  python build.py serve --site tests/fixtures/site --verbose"),
    "new": ("add something to the briefing (new source ARTICLE, new fact --source … --quote …)",
            "Add a new item to the briefing's content.",
            "  python build.py new source ~/Downloads/article.txt\n"
            "  python build.py new source article.txt --id korea-herald-2024-02-16"),
    "coverage": ("per source, the sentences with numbers or entities no fact cites yet",
                 "For each source, list the sentences that carry numbers or known entity names (names, "
                 "short names and aliases from the entities) that no fact cites yet, with the share cited.",
                 "  python build.py coverage\n  python build.py coverage --quiet      one line per source\n"
                 "  python build.py coverage --verbose    cited sentences too"),
    "diff": ("facts added, removed and changed between two revisions, and what a reader sees differently",
             "Compare the briefing at git revision BASE with HEAD (default: the working tree), or two site "
             "directories: facts added, removed, renamed and changed field by field (claim, date, quantity, "
             "positions, citations, quotes), sources added or removed, and what changes in the analyst views "
             "(single source to corroborated, undisputed to disputed, a series gaining a point, a key "
             "judgment's wording or likelihood). Only the two revisions are read: on a shallow clone, fetch "
             "the base first (git fetch --depth=1 origin BASE).",
             "  python build.py diff main\n  python build.py diff main HEAD --format markdown\n"
             "  python build.py diff v1.0 v1.1 --format json\n  python build.py diff /tmp/old-site /tmp/new-site"),
    "bundle": ("build, then zip the site for offline reading",
               "Build the site, then write <title>-<date>.zip of it: unzip and double-click index.html.",
               "  python build.py bundle\n  python build.py bundle --zip /tmp/briefing.zip"),
    "pdf": ("build, then print the briefing pack (briefing.html) to PDF with headless Chromium",
            "Build the site, then print its briefing pack, briefing.html and its parts (one per topic, "
            "then the appendices) joined into one document, to PDF with headless Chromium: title block, "
            "key judgments, contents, every topic on a new page, the transfer register, the estimate "
            "charts, footnotes and a bibliography. The PDF is written to "
            "OUT/briefing.pdf unless --pdf says otherwise; the next plain build removes it from OUT, "
            "since it would be out of date. Chromium is looked for on the PATH (chromium, google-chrome) "
            "or named by the BRIEFING_CHROMIUM environment variable.",
            "  python build.py pdf\n  python build.py pdf --paper letter --pdf /tmp/briefing.pdf\n"
            "  BRIEFING_CHROMIUM=/opt/chrome/chrome python build.py pdf"),
    "schema": ("write the JSON Schema files editors use for content/",
               "Write the JSON Schema of every content file kind, generated from the model, "
               "to schema/ (or to --output DIR).",
               "  python build.py schema\n  python build.py schema --output /tmp/schema"),
}
NEW_SOURCE = (
    "Ingest an article saved as plain text, a saved web page (.html) or a PDF report (.pdf): propose an id, "
    "detect the headline, byline, publication date and publisher (from a page's own markup, with its "
    "address only when the page states it), remove web-page furniture (menus, advertisements, share "
    "widgets, 'most popular' lists), then write content/sources/<id>.yaml and the archived "
    "content/sources/<id>.txt (a PDF's pages marked [p. N]). An existing id is never overwritten. What was "
    "detected, and what you must still check, is printed.",
    "  python build.py new source ~/Downloads/article.txt\n"
    "  python build.py new source ~/Downloads/article.html\n  python build.py new source report.pdf\n"
    "  python build.py new source article.txt --id korea-herald-2024-02-16 --site my-briefing")


NEW_FACT = (
    "Append a fact skeleton to a fact sheet: the quote is first verified and located in the source's archived "
    "text (as check matches quotes), the actor is the one given or the single person or organisation the quoted "
    "sentence names, and the fact is inserted after the sheet's last fact without touching anything else in the file "
    "(comments and formatting stay). The site is checked again; if the new fact does not validate, the sheet "
    "is restored. Then rewrite the claim in your own words and add date, entities and quantity.",
    "  python build.py new fact --source korea-herald-2024-02-16 --topic weapons \\\n"
    "      --quote \"began delivering conventional weapons such as artillery shells\" --actor nis\n"
    "  python build.py new fact --source dn-2023-11 --topic troops --quote \"…\" --id troops-near-kursk\n"
    "  python build.py new fact --from content/sources/dn-2023-11.txt:12 --topic troops --actor nis")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (0 to 65535; 0 picks a free one)")
    return port


def _options(*, top: bool, output: bool = False, base_url: bool = False,
             cache: bool = False, lock: bool = False) -> argparse.ArgumentParser:
    """Options every command shares. Only the top-level parser sets their defaults, so that
    `build.py --site DIR check` and `build.py check --site DIR` mean the same thing."""
    def default(value: object) -> object:
        return value if top else argparse.SUPPRESS

    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--site", type=Path, default=default(None), metavar="DIR",
                         help="site directory holding site.yaml and content/ (default: this repository)")
    if output:
        options.add_argument("--output", type=Path, default=default(None), metavar="OUT",
                             help="where to write the site (default: DIR/output)")
    if base_url:
        options.add_argument("--base-url", default=default(None), metavar="URL",
                             help="public address of the site, overriding site.yaml's base_url "
                                  "(the Pages workflow passes the one GitHub assigns)")
    if cache:
        options.add_argument("--no-cache", action="store_true", default=default(False),
                             help="parse and render everything from scratch: do not read or write "
                                  "the build cache (a cold build, as in the benchmarks and the Pages workflow)")
    if lock:
        options.add_argument("--no-wait", action="store_true", default=default(False),
                             help="if another build (or serve) is writing OUT, fail at once (exit 4) "
                                  "instead of waiting for it")
    noise = options.add_mutually_exclusive_group()
    noise.add_argument("-q", "--quiet", action="store_true", default=default(False),
                       help="print only problems (and what needs your attention)")
    noise.add_argument("-v", "--verbose", action="store_true", default=default(False),
                       help="print more: files written, changes seen, requests served")
    return options


def _parser() -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = _Parser(prog="build.py", description="Build a cited briefing site from YAML fact sheets.",
                     epilog=EPILOG, formatter_class=formatter,
                     parents=[_options(top=True, output=True, base_url=True, cache=True, lock=True)])
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    writes = {"build", "serve", "bundle", "schema", "pdf"}
    for name, (summary, description, examples) in COMMANDS.items():
        command = commands.add_parser(
            name, help=summary, description=textwrap.fill(description, 90), formatter_class=formatter,
            epilog=f"examples:\n{examples}\n{EXIT_CODES}",
            parents=[_options(top=False, output=name in writes, base_url=name in {"build", "bundle"},
                              cache=name in {"build", "check", "bundle"},
                              lock=name in writes - {"schema"})])
        if name == "serve":
            command.add_argument("--host", default="127.0.0.1",
                                 help="address to listen on (default: 127.0.0.1, this machine only)")
            command.add_argument("--port", type=_port, default=8000,
                                 help="port to listen on (default: 8000; 0 picks a free one)")
        elif name == "bundle":
            command.add_argument("--zip", type=Path, default=None, metavar="FILE",
                                 help="where to write the zip (default: DIR/<title-slug>-<YYYY-MM-DD>.zip)")
            command.add_argument("--force", action="store_true",
                                 help="overwrite FILE even if it is not a bundle Briefing wrote")
        elif name == "pdf":
            command.add_argument("--pdf", type=Path, default=None, metavar="FILE",
                                 help="where to write the PDF (default: OUT/briefing.pdf)")
            command.add_argument("--force", action="store_true",
                                 help="overwrite FILE even if it is not a PDF Briefing printed")
            command.add_argument("--paper", choices=sorted(PAPER_SIZES), default="a4",
                                 help="paper size (default: a4)")
        elif name == "diff":
            command.add_argument("base", metavar="BASE", help="git revision (or site directory) to compare from")
            command.add_argument("head", metavar="HEAD", nargs="?", default=None,
                                 help="git revision (or site directory) to compare to (default: the working tree)")
            command.add_argument("--format", choices=("text", "markdown", "json"), default="text",
                                 help="text for a terminal (default), markdown for a pull request, json for tools")
        elif name == "new":
            kinds = command.add_subparsers(dest="kind", metavar="KIND", parser_class=_Parser, required=True)
            source = kinds.add_parser("source", help="ingest an article text as a new source",
                                      description=textwrap.fill(NEW_SOURCE[0], 90), formatter_class=formatter,
                                      epilog=f"examples:\n{NEW_SOURCE[1]}\n{EXIT_CODES}",
                                      parents=[_options(top=False)])
            source.add_argument("article", type=Path, metavar="ARTICLE.txt",
                                help="the article: its text saved as UTF-8 (.txt), the saved web page (.html, "
                                     ".htm) or a PDF report (.pdf)")
            source.add_argument("--id", default=None, metavar="ID",
                                help="the source id (default: proposed from publisher and date)")
            fact = kinds.add_parser("fact", help="append a fact citing a quoted passage to a fact sheet",
                                    description=textwrap.fill(NEW_FACT[0], 90), formatter_class=formatter,
                                    epilog=f"examples:\n{NEW_FACT[1]}\n{EXIT_CODES}", parents=[_options(top=False)])
            fact.add_argument("--source", default=None, metavar="ID", help="the source the quote is from")
            fact.add_argument("--quote", default=None, metavar="TEXT",
                              help="the exact passage of the archived text (as check matches quotes)")
            fact.add_argument("--from", dest="from_line", default=None, metavar="PATH:LINE",
                              help="instead of --source and --quote: a line `coverage` printed, e.g. "
                                   "content/sources/dn-2023-11.txt:12 (its first sentence no fact cites is quoted)")
            fact.add_argument("--topic", required=True, metavar="TOPIC", help="the fact sheet to append to")
            fact.add_argument("--id", default=None, metavar="ID", help="the fact's id (default: from the quote)")
            fact.add_argument("--claim", default=None, metavar="TEXT",
                              help="the claim in your words (default: the quote, to be rewritten)")
            fact.add_argument("--actor", default=None, metavar="ENTITY",
                              help="who makes the statement (default: the one person or organisation the "
                                   "quoted sentence names)")
            fact.add_argument("--stance", default="asserts", choices=("asserts", "denies", "confirms",
                                                                       "declines-comment"),
                              help="what the actor does with the claim (default: asserts)")
    return parser


def _use_color(stream: object) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org) or TERM=dumb."""
    return (bool(getattr(stream, "isatty", lambda: False)()) and "NO_COLOR" not in os.environ
            and os.environ.get("TERM") != "dumb")


def _paint(text: str, code: str) -> str:
    """`text` in an ANSI colour when standard output may be coloured."""
    return f"\033[{code}m{text}\033[0m" if _use_color(sys.stdout) else text


def report(problems: list[Problem], stream: object = None, outcome: str = "nothing was written") -> None:
    """Print every problem (to stderr unless told otherwise), then a count line."""
    stream = stream or sys.stderr  # looked up now, not at import: tests and tools replace it
    color = _use_color(stream)
    for problem in problems:
        print(problem.format(color), file=stream)  # type: ignore[call-overload]
    errors = sum(1 for p in problems if p.is_error)
    warnings = count_warnings(problems)
    if errors:
        print(f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}: "
              f"{outcome}", file=stream)  # type: ignore[call-overload]


def _summary(result: Result, out_dir: Path) -> str:
    counts = result.counts  # also known when nothing had to be rebuilt
    warnings = count_warnings(result.problems)
    return (f"{_paint('Built', '1;32')} {result.pages} pages ({counts.get('facts', 0)} facts, "
            f"{counts.get('sources', 0)} sources, {counts.get('entities', 0)} entities, "
            f"{warnings} warning{'s' if warnings != 1 else ''}) "
            f"in {result.seconds:.2f} s → open {out_dir / 'index.html'}")


def _write_details(result: Result) -> str:
    stats = result.stats
    if stats is None:
        return ""
    lines = [f"  {stats.written} files written, {stats.unchanged} unchanged (not rewritten), "
             f"{stats.removed} removed"]
    if result.timings:  # where the time went (a run that found nothing changed did no stage)
        lines.append("  time: " + ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in result.timings.items()))
    if result.templates:
        slowest = list(result.templates.items())[:5]
        lines.append("  rendering (CPU): " + ", ".join(
            f"{name} {seconds:.2f} s ({count} {'page' if count == 1 else 'pages'})"
            for name, (count, seconds) in slowest) + (", …" if len(result.templates) > 5 else ""))
    return "\n".join(lines)


def _schema(args: argparse.Namespace) -> int:
    from .schema import SCHEMA_DIR, schema_files, write_schemas

    directory = (args.output or PROJECT_ROOT / SCHEMA_DIR).absolute()
    changed = write_schemas(directory)
    if not args.quiet:
        print(f"Wrote {len(changed)} of {len(schema_files())} schema files in {directory} "
              f"({len(schema_files()) - len(changed)} already up to date)")
    return EXIT_OK


def build_inputs(site_dir: Path) -> list[Path]:
    """What a build reads: site.yaml, content/, the site's templates/ and the project's."""
    return [site_dir / "site.yaml", site_dir / "content", site_dir / "templates", DEFAULT_TEMPLATES]


def _target(args: argparse.Namespace, command: str, site_dir: Path, out_dir: Path) -> Path | int | None:
    """The file `--zip`/`--pdf` names, checked before building: never a directory or an input, and an
    existing file only if Briefing wrote it (or with --force). An int is the exit code of a refusal."""
    given = args.zip if command == "bundle" else args.pdf if command == "pdf" else None
    if given is None:
        return None
    option = "--zip" if command == "bundle" else "--pdf"
    path = given.resolve()
    refusal = target_refusal(path, build_inputs(site_dir), force=args.force,
                             ours=is_bundle if command == "bundle" else is_printed_pack,
                             example="briefing.zip" if command == "bundle" else "briefing.pdf")
    if refusal is not None:
        message, hint = refusal
        print(f"build.py {command}: error: {option} {given}: {message}\n    hint: {hint}", file=sys.stderr)
        return EXIT_USAGE
    return path


def _bundle(args: argparse.Namespace, site_dir: Path, out_dir: Path, result: Result, target: Path | None) -> int:
    today = datetime.date.today()
    name = bundle_name(result.title, today)
    zip_path = target or (site_dir / f"{name}.zip").absolute()
    if target is None:  # the default name is checked once the title is known
        refusal = target_refusal(zip_path, build_inputs(site_dir), force=args.force, ours=is_bundle)
        if refusal is not None:
            print(f"build.py bundle: error: {zip_path}: {refusal[0]}\n    hint: {refusal[1]}", file=sys.stderr)
            return EXIT_USAGE
    try:
        count = write_bundle(out_dir, zip_path, name, today)
    except ValueError as exc:
        print(f"build.py bundle: error: {terminal_safe(str(exc))}\n    hint: rename the file in the site's "
              "templates/assets/ (letters, digits, '-', '_' and '.')", file=sys.stderr)
        return EXIT_PROBLEMS
    if not args.quiet:
        print(f"Bundled {count} files → {zip_path} ({zip_path.stat().st_size / 1048576:.1f} MB): "
              f"unzip it and open {name}/index.html")
    return EXIT_OK


def _pdf(args: argparse.Namespace, out_dir: Path, target: Path | None) -> int:
    """Print the freshly built briefing pack to PDF; say what to install when Chromium is missing."""
    pdf_path = target or (out_dir / "briefing.pdf").absolute()
    problem = print_pack(out_dir, pdf_path, args.paper)
    if problem is not None:
        report([problem], outcome="the site was built, but no PDF was written")
        return EXIT_TOOL
    if not args.quiet:
        print(f"Printed the briefing pack ({args.paper.upper() if args.paper == 'a4' else 'Letter'}) "
              f"→ {pdf_path} ({pdf_path.stat().st_size / 1024:.0f} KB)")
    # Each translated edition's pack too, inside the output it was built into (OUT/ko/briefing.pdf):
    # a file Briefing owns, so nothing else can be overwritten whatever --pdf says.
    for pack in sorted(out_dir.glob(f"*/{PACK}")):
        edition_pdf = pack.with_suffix(".pdf")
        problem = print_pack(pack.parent, edition_pdf, args.paper)
        if problem is not None:
            report([problem], outcome="the site was built, but not every PDF was written")
            return EXIT_TOOL
        if not args.quiet:
            print(f"Printed the '{pack.parent.name}' edition's pack → {edition_pdf} "
                  f"({edition_pdf.stat().st_size / 1024:.0f} KB)")
    return EXIT_OK


def _serve(args: argparse.Namespace, site_dir: Path, out_dir: Path) -> int:
    from .serve import DevServer, PortInUse, describe_watch

    # Lines must reach a terminal or a pipe as they happen, not when the server stops.
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    sys.stderr.reconfigure(line_buffering=True)  # type: ignore[union-attr]

    def shown(path: Path) -> str:
        try:
            return path.relative_to(site_dir).as_posix()
        except ValueError:
            return str(path)

    def on_build(result: Result, changed: set[Path]) -> None:
        if changed and args.verbose:
            print("Changed: " + ", ".join(sorted(shown(p) for p in changed)))
        if not result.ok:
            report(result.problems, outcome="still serving the last good site (problems shown on the page)")
            return
        if args.verbose or not changed:  # warnings with the first build; on rebuilds only when asked
            report([p for p in result.problems if not p.is_error])
        if not args.quiet:
            print(_summary(result, out_dir) if not changed else
                  f"{_paint('Rebuilt', '1;32')} in {result.seconds:.2f} s after {len(changed)} change"
                  f"{'s' if len(changed) != 1 else ''} ({', '.join(sorted(shown(p) for p in changed)[:3])}"
                  f"{', …' if len(changed) > 3 else ''}); pages reloaded")
        if args.verbose and _write_details(result):
            print(_write_details(result))

    def on_request(status: int, method: str, uri: str) -> None:
        if args.verbose:
            print(f"{status} {method} {uri}")

    def on_wait(pid: int | None) -> None:
        owner = f" (pid {pid})" if pid else ""
        print(f"build.py serve: waiting for another build of {out_dir}{owner}…", file=sys.stderr)

    server = DevServer(site_dir, out_dir, args.host, args.port, on_build=on_build, on_request=on_request,
                       on_wait=on_wait)
    try:
        port = server.bind()
    except PortInUse as exc:
        print(f"build.py serve: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.no_wait:
        try:
            if not server.lock.try_acquire():
                raise OutputBusy(out_dir, server.lock.holder())
        except OutputBusy as exc:
            print(f"build.py serve: error: {exc}\n    hint: wait for it to finish, or leave out --no-wait",
                  file=sys.stderr)
            return EXIT_SYSTEM
        except OSError as exc:
            return _system_error(exc, out_dir)
    server.build(set())
    server.persist()
    host = f"[{args.host}]" if ":" in args.host else args.host
    if not args.quiet:
        print(f"Serving {out_dir} on http://{host}:{port}/ (watching {', '.join(describe_watch(site_dir))}); "
              "press Ctrl-C to stop")
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"build.py serve: warning: listening on {args.host}: other machines on the network can read "
              "the site", file=sys.stderr)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        if not args.quiet:
            print("Stopped.")
    return EXIT_OK


def _new_source(args: argparse.Namespace, site_dir: Path) -> int:
    from .fields import is_id
    from .ingest import describe, ingest

    if not args.article.is_file():
        print(f"build.py new source: error: {args.article}: no such file", file=sys.stderr)
        return EXIT_USAGE
    if args.id is not None and not is_id(args.id):
        print(f"build.py new source: error: --id {terminal_safe(args.id[:120])}: not a valid id (lowercase letters, "
              "digits and single hyphens, at most 100 characters, e.g. korea-herald-2024-02-16)", file=sys.stderr)
        return EXIT_USAGE
    written, problems = ingest(args.article, site_dir, args.id)
    if written is None:
        report(problems)
        return EXIT_PROBLEMS
    if not args.quiet:
        for line in describe(written, site_dir):
            print(terminal_safe(line))  # the article's own text: no control sequence reaches the terminal
    print(_paint("Still to check:", "1;33"))
    for check in written.checks:
        print(f"  - {terminal_safe(check)}")
    if not args.quiet:
        print(f"Then cite it from a fact (source: {written.source_id}) and run "
              f"`python build.py coverage` to see what it says that no fact cites yet.")
    return EXIT_OK


def _new_fact(args: argparse.Namespace, site_dir: Path) -> int:
    from .fields import is_id
    from .newfact import add_fact, save_sheet

    if args.id is not None and not is_id(args.id):  # as new source: said before any sheet is touched
        print(f"build.py new fact: error: --id {terminal_safe(args.id[:120])}: not a valid id (lowercase letters, "
              "digits and single hyphens, at most 100 characters, e.g. shells-more-than-one-million)", file=sys.stderr)
        return EXIT_USAGE
    result = validate(site_dir)
    if not result.ok or result.briefing is None:
        report([p for p in result.problems if p.is_error], outcome="fix these first; nothing was written")
        return EXIT_PROBLEMS
    source_id, quote = args.source, args.quote
    if args.from_line is not None:
        from .newfact import sentence_at

        found = sentence_at(result.briefing, args.from_line)
        if isinstance(found, Problem):
            report([found])
            return EXIT_PROBLEMS
        source_id, quote = found
    elif source_id is None or quote is None:
        print("build.py new fact: error: give --source ID and --quote TEXT, or --from PATH:LINE (a coverage line)",
              file=sys.stderr)
        return EXIT_USAGE
    written, problems = add_fact(result.briefing, site_dir, args.topic, source_id, quote, fact_id=args.id,
                                 claim=args.claim, actor=args.actor, stance=args.stance)
    if written is None:
        report(problems)
        return EXIT_PROBLEMS
    try:
        after = validate(site_dir)
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM while checking: the sheet as it was, not half-checked
        save_sheet(written.sheet, written.original)
        raise
    if not after.ok:  # never leave a sheet that does not build
        save_sheet(written.sheet, written.original)
        report([p for p in after.problems if p.is_error], outcome="the sheet was restored")
        return EXIT_PROBLEMS
    shown = written.sheet.relative_to(site_dir).as_posix() if written.sheet.is_relative_to(site_dir) \
        else str(written.sheet)
    if not args.quiet:
        print(f"New fact '{written.fact_id}' at {shown}:{written.line}")
        print(f"  quote    found at {written.located}")
        print(f"  actor    {written.actor} ({written.actor_reason})")
    print(_paint("Still to check:", "1;33"))
    print("  - rewrite claim: in your own words (it is the quote for now)")
    print("  - add date:, entities: and, for a figure, quantity:")
    return EXIT_OK


def _coverage(args: argparse.Namespace, site_dir: Path) -> int:
    from .coverage import coverage, format_report

    result = validate(site_dir)
    if not result.ok or result.briefing is None:
        report([p for p in result.problems if p.is_error], outcome="no coverage computed")
        return EXIT_PROBLEMS
    for line in format_report(coverage(result.briefing), verbose=args.verbose, quiet=args.quiet,
                              color=_use_color(sys.stdout)):
        print(line)
    return EXIT_OK


def _diff(args: argparse.Namespace, site_dir: Path) -> int:
    from .diff import diff_revisions, render

    found, problems = diff_revisions(args.base, args.head, site_dir)
    if found is None:
        report(problems, outcome="no diff computed")
        return EXIT_PROBLEMS
    if not args.quiet:
        report(problems)
    sys.stdout.write(render(found, args.format))
    return EXIT_OK


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP (a `kill`, a closed terminal, a cancelled CI job), taken as Ctrl-C is: before,
    the process died at once, its render workers printing BrokenPipeError tracebacks."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _stop(signum: int, frame: object) -> None:
    raise Stopped(signum)


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code (0 ok, 1 content problems, 2 usage error, 3 tool missing,
    4 the system stopped the build, 130 interrupted, 143 or 129 stopped by SIGTERM or SIGHUP)."""
    handled = (signal.SIGTERM, signal.SIGHUP)
    before = {signum: signal.getsignal(signum) for signum in handled}
    for signum in handled:
        if before[signum] is signal.SIG_DFL:  # not under nohup, nor in a caller that chose otherwise
            signal.signal(signum, _stop)
    try:
        return _main(argv)
    except Stopped as exc:
        name = signal.Signals(exc.signum).name
        print(f"build.py: stopped ({name})", file=sys.stderr)
        return 128 + exc.signum
    except BrokenPipeError:
        # The reader went away (`coverage -v | head`): stop quietly, as other command-line tools do,
        # with stdout on /dev/null so that the interpreter's last flush does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 128 + signal.SIGPIPE
    except KeyboardInterrupt:
        # One line, no traceback: the output is the complete old or new site (write.Staging).
        print("build.py: interrupted (Ctrl-C)", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)


def _system_error(exc: OSError, out_dir: Path) -> int:
    """Say which file the system refused to write, and why, without a traceback."""
    where = exc.filename or out_dir
    hint = {errno.ENOSPC: "free some disk space, or build elsewhere with --output",
            errno.EDQUOT: "free some disk space, or build elsewhere with --output",
            errno.EROFS: "the disk is read-only: build elsewhere with --output",
            errno.EACCES: "you may not write there: build elsewhere with --output",
            errno.EPERM: "you may not write there: build elsewhere with --output"}.get(
                exc.errno or 0, "check the disk and the permissions, or build elsewhere with --output")
    print(f"build.py: error: cannot write {where}: {exc.strerror or exc}\n    hint: {hint}\n"
          f"the previous output was left as it was", file=sys.stderr)
    return EXIT_SYSTEM


def _lock(args: argparse.Namespace, out_dir: Path) -> OutputLock | int:
    """Hold the output's lock for the whole command (waiting for another build unless --no-wait)."""
    def waiting(pid: int | None) -> None:
        owner = f" (pid {pid})" if pid else ""
        print(f"build.py: waiting for another build of {out_dir}{owner}… (--no-wait to fail instead)",
              file=sys.stderr)

    lock = OutputLock(out_dir, wait=not getattr(args, "no_wait", False), on_wait=waiting)
    try:
        lock.acquire()
    except OutputBusy as exc:
        print(f"build.py: error: {exc}\n    hint: wait for it to finish, or leave out --no-wait to queue "
              "behind it", file=sys.stderr)
        return EXIT_SYSTEM
    except OSError as exc:
        return _system_error(exc, out_dir)
    return lock


def _main(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "schema":
        return _schema(args)
    if args.base_url is not None:
        from .fields import address_problem

        wrong = address_problem(args.base_url, base=True)
        if wrong is not None:  # the same check as site.yaml's base_url, which it overrides
            print(f"build.py: error: --base-url: {terminal_safe(wrong[0])}\n    hint: {wrong[1]}, e.g. "
                  "https://user.github.io/repo/", file=sys.stderr)
            return EXIT_USAGE
    if args.quiet and args.verbose:
        print("build.py: error: use either --quiet or --verbose, not both", file=sys.stderr)
        return EXIT_USAGE
    site_dir = (args.site or PROJECT_ROOT).resolve()
    if not site_dir.is_dir():
        print(f"build.py: error: --site {args.site}: no such directory", file=sys.stderr)
        return EXIT_USAGE
    # Resolved: `--output X/new/..` is X, and two spellings of one directory share one lock.
    out_dir = (args.output or site_dir / "output").resolve()
    command = args.command or "build"
    if command not in ("build", "bundle", "pdf") or not args.no_cache:
        from .outlines import drop_early_helper

        drop_early_helper()  # build.py's first look at the arguments took this for a cold build
    if command in ("build", "serve", "bundle", "pdf"):
        clash = inputs_clash(out_dir, build_inputs(site_dir))
        if clash is not None:
            print(f"build.py: error: --output {args.output or out_dir}: {clash}\n"
                  "    hint: write the site outside the briefing's inputs, e.g. --output DIR/output",
                  file=sys.stderr)
            return EXIT_USAGE
    if command == "serve":
        return _serve(args, site_dir, out_dir)
    if command == "new":
        return _new_fact(args, site_dir) if args.kind == "fact" else _new_source(args, site_dir)
    if command == "coverage":
        return _coverage(args, site_dir)
    if command == "diff":
        return _diff(args, site_dir)
    if command == "check":
        result = validate(site_dir, use_cache=not args.no_cache)
        report(result.problems)
        if result.ok and not args.quiet and result.briefing is not None:
            b = result.briefing
            print(f"{_paint('OK', '1;32')}: {len(b.facts)} facts, {len(b.sources)} sources, "
                  f"{len(b.entities)} entities checked in {result.seconds:.2f} s")
        return EXIT_OK if result.ok else EXIT_PROBLEMS
    target = _target(args, command, site_dir, out_dir)
    if isinstance(target, int):
        return target
    if args.no_cache:  # a cold build: map outlines are drawn beside reading and planning the site
        from . import maps, outlines

        maps.draw_ahead(outlines.entity_files(site_dir))
    try:
        lock = _lock(args, out_dir)
        if isinstance(lock, int):
            return lock
        try:
            return _build(args, command, site_dir, out_dir, target)
        except OSError as exc:
            return _system_error(exc, out_dir)
        finally:
            lock.release()
    finally:
        if args.no_cache:
            maps.settle()  # the helper is done (a build that stopped before rendering never asked it)


def _build(args: argparse.Namespace, command: str, site_dir: Path, out_dir: Path, target: Path | None) -> int:
    """Build (the output's lock is held), then bundle or print when asked."""
    result = build(site_dir, out_dir, base_url=args.base_url, use_cache=not args.no_cache)
    # Notes are information, not problems: --quiet leaves them out.
    report([p for p in result.problems if not (args.quiet and p.severity is Severity.NOTE)])
    if not result.ok:
        return EXIT_PROBLEMS
    if not args.quiet:
        print(_summary(result, out_dir))
        if args.verbose and _write_details(result):
            print(_write_details(result))
    if command == "bundle":
        return _bundle(args, site_dir, out_dir, result, target)
    if command == "pdf":
        return _pdf(args, out_dir, target)
    return EXIT_OK
