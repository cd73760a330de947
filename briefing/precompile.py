"""The project's templates compiled ahead, as Python source kept in the package (`briefing/compiled/`).

Jinja2 turns a template into Python source (lexing, parsing and code generation, all in Python)
and then compiles that source; the first part is four fifths of the time, and a cold build
(`--no-cache`, the Pages workflow) pays it for every template. The generated source of each of
the project's templates is kept here with a digest of what it was made from (the template's
text, Jinja2's version and the environment's settings); a template whose digest does not match
(edited since, or another Jinja2) is compiled as usual. Site templates are always compiled.
Each file is a Python module (`<template>.py`, its digest on its last line, so that the code's
line numbers are the generated ones), so Python keeps its bytecode in `__pycache__` as for the
package's modules (compiled at install, or by `python -m compileall`): loading it is unmarshalling
the code, a seventieth of the time Python takes to compile the source.

Regenerate after editing a template: `python -m briefing.precompile` (a test says when to).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any

import jinja2

COMPILED = Path(__file__).resolve().parent / "compiled"
PROJECT_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
_HEADER = "# briefing precompiled template "
# Changes whenever render._environment's settings (autoescape, trim_blocks, extensions) change.
SETTINGS = "autoescape trim_blocks lstrip_blocks keep_trailing_newline strict i18n-newstyle 1"


def signature(env: jinja2.Environment) -> str:
    """How the environment's filters and tests are called, which Jinja2 writes into compiled code:
    a filter that starts (or stops) taking the context makes every compiled template stale."""
    calls = [f"{kind}:{name}:{getattr(function, 'jinja_pass_arg', '')}"
             for kind, table in (("filter", env.filters), ("test", env.tests))
             for name, function in sorted(table.items())]
    return hashlib.sha256("\0".join(calls).encode()).hexdigest()[:16]


def digest(name: str, source: str, env_signature: str) -> str:
    """What the compiled source of template `name` depends on."""
    text = f"{jinja2.__version__}\0{SETTINGS}\0{env_signature}\0{name}\0{source}"
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


def _file(name: str) -> Path:
    return COMPILED / (name.replace("/", "__") + ".py")


def file_text(name: str, source: str, env_signature: str, code: str) -> str:
    """A compiled template's file: the generated code, then the digest it was made under."""
    return f"{code}\n{_HEADER}{digest(name, source, env_signature)}\n"


def compiled_code(name: str, source: str, env_signature: str, filename: str) -> Any:
    """The code object of project template `name`, if its compiled file was made from `source` for an
    environment of this `signature` (None otherwise); its code is named `filename`, the template's
    path, as Jinja2's own compilation names it (tracebacks point into the template)."""
    path = _file(name)
    try:
        text = path.read_bytes()
    except OSError:
        return None
    if not text.endswith(f"\n{_HEADER}{digest(name, source, env_signature)}\n".encode()):
        return None
    from importlib.machinery import SourceFileLoader

    class Loader(SourceFileLoader):
        def get_data(self, wanted: str) -> bytes:
            return text if wanted == str(path) else super().get_data(wanted)  # the source just read

        def source_to_code(self, data: Any, _path: Any, *, _optimize: int = -1) -> Any:
            return compile(data, filename, "exec", dont_inherit=True, optimize=_optimize)

    try:  # the bytecode Python keeps in __pycache__ when it is current, else compiled (and kept) now
        code = Loader(f"briefing.compiled.{path.stem}", str(path)).get_code(None)
    except (ImportError, OSError, SyntaxError, ValueError):
        return None
    _name_code(code, filename)
    return code


def _name_code(code: Any, filename: str) -> None:
    """Give `code` and the functions it defines the file name `filename` (bytecode from __pycache__
    bears the name of the module's file)."""
    if code.co_filename != filename:
        import _imp

        _imp._fix_co_filename(code, filename)


def templates() -> list[str]:
    """The names of the project's templates (the assets are copied, not rendered)."""
    names = (p.relative_to(PROJECT_TEMPLATES) for p in PROJECT_TEMPLATES.rglob("*")
             if p.is_file() and p.suffix in {".html", ".xml"})
    return sorted(n.as_posix() for n in names if "assets" not in n.parts)


def generate(env: jinja2.Environment) -> dict[str, str]:
    """The file text of every project template's compiled source."""
    files = {}
    env_signature = signature(env)
    for name in templates():
        source, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
        code = env.compile(source, name, filename, raw=True)
        files[name] = file_text(name, source, env_signature, code)
    return files


def messages_json(extraction: dict[str, object]) -> str:
    """compiled/messages.json's text: stable, one file per line, readable in a diff."""
    import json

    files = extraction["files"]
    assert isinstance(files, dict)
    lines = [f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}" for key, value in sorted(files.items())]
    return '{"files": {\n' + ",\n".join(lines) + "\n}}\n"


def main() -> int:
    """Write `briefing/compiled/` afresh (the templates' Python source, and their messages)."""
    from .render import make_environment

    env = make_environment([PROJECT_TEMPLATES])
    COMPILED.mkdir(exist_ok=True)
    files = generate(env)
    for stale in [*COMPILED.glob("*.pysrc"), *COMPILED.glob("*.py")]:  # (.pysrc: the earlier form)
        if stale.name not in {_file(n).name for n in files}:
            stale.unlink()
    for name, text in files.items():
        _file(name).write_text(text, encoding="utf-8")
    print(f"{len(files)} templates compiled into {COMPILED}", file=sys.stderr)
    # And the interface messages of the templates and modules, for the catalogue check (i18n.py).
    from .i18n import STORED_CATALOGUES, STORED_MESSAGES, stored_catalogues, stored_extraction

    STORED_MESSAGES.write_text(messages_json(stored_extraction()), encoding="utf-8")
    # And the shipped interface catalogues, parsed and compiled (i18n.StoredCatalogue).
    STORED_CATALOGUES.write_text(stored_catalogues(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
