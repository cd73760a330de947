"""The project's templates compiled ahead, as Python source kept in the package (`briefing/compiled/`).

Jinja2 turns a template into Python source (lexing, parsing and code generation, all in Python)
and then compiles that source; the first part is four fifths of the time, and a cold build
(`--no-cache`, the Pages workflow) pays it for every template. The generated source of each of
the project's templates is kept here with a digest of what it was made from (the template's
text, Jinja2's version and the environment's settings); a template whose digest does not match
(edited since, or another Jinja2) is compiled as usual. Site templates are always compiled.

Regenerate after editing a template: `python -m briefing.precompile` (a test says when to).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

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
    return COMPILED / (name.replace("/", "__") + ".pysrc")


def compiled_source(name: str, source: str, env_signature: str) -> str | None:
    """The precompiled Python source of project template `name`, if it was made from `source`
    for an environment of this `signature`."""
    try:
        text = _file(name).read_text(encoding="utf-8")
    except OSError:
        return None
    header, _, body = text.partition("\n")
    return body if header == _HEADER + digest(name, source, env_signature) else None


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
        files[name] = f"{_HEADER}{digest(name, source, env_signature)}\n{code}"
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
    for stale in COMPILED.glob("*.pysrc"):
        if stale.name not in {_file(n).name for n in files}:
            stale.unlink()
    for name, text in files.items():
        _file(name).write_text(text, encoding="utf-8")
    print(f"{len(files)} templates compiled into {COMPILED}", file=sys.stderr)
    # And the interface messages of the templates and modules, for the catalogue check (i18n.py).
    from .i18n import STORED_MESSAGES, stored_extraction

    STORED_MESSAGES.write_text(messages_json(stored_extraction()), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
