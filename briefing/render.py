"""Stage 5, render: planned pages → bytes, through Jinja2 (autoescaped, strict) and markdown-it-py.

Template mistakes become Problems at the template's `file:line`; untrusted text from YAML is
always escaped, and Markdown has raw HTML disabled and unsafe link schemes dropped.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from markdown_it import MarkdownIt

from . import urls
from .cache import Store
from .derive import standing
from .exports import serialize
from .model import Entity, Fact, Source, Topic
from .plan import Asset, Output, Page
from .precompile import PROJECT_TEMPLATES, compiled_source
from .problems import Location, Problem, error

_UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:", "file:")

STANCE_LABELS = {"asserts": "asserts", "denies": "denies", "confirms": "confirms",
                 "declines-comment": "declines to comment"}
QUALIFIER_LABELS = {"exact": "", "about": "about", "more-than": "more than", "at-least": "at least",
                    "up-to": "up to", "fewer-than": "fewer than"}
KIND_LABELS = {"state": "States", "organization": "Organisations", "person": "People",
               "unit": "Military units", "weapon": "Weapon systems", "place": "Places", "event": "Events"}


def _markdown() -> Callable[[str], str]:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})

    def safe_link(url: str) -> bool:
        return not url.strip().lower().startswith(_UNSAFE_SCHEMES)

    md.validateLink = safe_link  # type: ignore[method-assign]
    md.disable("image")  # images would be external requests

    @lru_cache(maxsize=8192)
    def render(text: str) -> str:
        # Summaries and descriptions appear on many pages (the pack, topic and entity pages)
        # and rarely change between the builds of one session: each is rendered once.
        return md.render(text or "")
    return render


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def quantity_label(quantity: Any) -> str:
    """'more than 1,000,000 artillery shells', '10,000–15,000 troops'."""
    if quantity is None:
        return ""
    if quantity.value is not None:
        figure = _number(quantity.value)
    elif quantity.min is not None and quantity.max is not None:
        figure = f"{_number(quantity.min)}–{_number(quantity.max)}"
    elif quantity.min is not None:
        figure = f"at least {_number(quantity.min)}"
    else:
        figure = f"up to {_number(quantity.max)}"
    prefix = QUALIFIER_LABELS.get(quantity.qualifier, "")
    return " ".join(part for part in (prefix, figure, quantity.unit) if part)


@jinja2.pass_context
def _url(ctx: Any, target: Any, fragment: str = "") -> str:
    route = target if isinstance(target, str) else urls.route_for(target)
    return urls.relative_url(ctx["page_route"], route, fragment)


def make_environment(template_dirs: list[Path]) -> jinja2.Environment:
    """The Jinja2 environment: site templates override the project's, undefined names are errors.

    One per set of template folders and process: compiled templates are reused by every page
    and by forked render workers. Files are not checked again on each use (that stat per page
    was a tenth of render time): whoever edits templates between builds calls `forget_templates`.
    """
    return _environment(tuple(template_dirs), _bytecode_store)


def forget_templates() -> None:
    """Drop the compiled templates (they changed on disk)."""
    _environment.cache_clear()


_bytecode_store: Store | None = None


def keep_compiled_templates(store: Store | None) -> None:
    """Keep compiled templates in the sealed cache `store` for the next process (None: in memory only)."""
    global _bytecode_store
    _bytecode_store = store


class _SealedBytecodeCache(jinja2.BytecodeCache):
    """Jinja2's compiled templates (marshalled code) kept in the sealed cache store.

    Jinja2 keys each entry by template name and file, and checks the source's checksum; the
    store's seal makes sure the code it loads is code this user's builds compiled.
    """

    def __init__(self, store: Store) -> None:
        self.store = store

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = self.store.read(f"templates/{bucket.key}.bc")
        if data is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.store.write(f"templates/{bucket.key}.bc", bucket.bytecode_to_string())


class _Loader(jinja2.FileSystemLoader):
    """The template folders; the project's own templates come precompiled when they can (precompile.py)."""

    def load(self, environment: jinja2.Environment, name: str, globals: Any = None) -> jinja2.Template:
        if environment.bytecode_cache is not None:  # the cache's compiled code is faster still
            return super().load(environment, name, globals)
        source, filename, uptodate = self.get_source(environment, name)
        python = None
        if Path(filename).parent.resolve() == PROJECT_TEMPLATES.resolve():
            python = compiled_source(name, source)
        if python is None:
            code = environment.compile(source, name, filename)
        else:
            code = compile(python, filename, "exec")
        return environment.template_class.from_code(environment, code, globals or {}, uptodate)


@lru_cache(maxsize=4)
def _environment(template_dirs: tuple[Path, ...], store: Store | None) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=_Loader([str(d) for d in template_dirs if d.is_dir()]),
        bytecode_cache=_SealedBytecodeCache(store) if store is not None else None,
        auto_reload=False,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    markdown = _markdown()
    env.filters["markdown"] = lambda text: jinja2.utils.markupsafe.Markup(markdown(text))
    env.filters["quantity"] = quantity_label
    env.filters["number"] = _number
    env.globals.update(
        url=_url,
        routes=urls,
        stance_label=STANCE_LABELS,
        kind_label=KIND_LABELS,
        is_fact=lambda x: isinstance(x, Fact),
        is_source=lambda x: isinstance(x, Source),
        is_entity=lambda x: isinstance(x, Entity),
        is_topic=lambda x: isinstance(x, Topic),
    )
    return env


def _template_location(exc: BaseException, template_dirs: list[Path], fallback: str) -> Location:
    dirs = [str(d.resolve()) for d in template_dirs]
    lineno = getattr(exc, "lineno", None)
    filename = getattr(exc, "filename", None)
    if filename is None:
        for frame in reversed(traceback.extract_tb(exc.__traceback__)):
            if frame.filename.endswith((".html", ".xml", ".js", ".txt")) and \
                    any(str(Path(frame.filename).resolve()).startswith(d) for d in dirs):
                filename, lineno = frame.filename, frame.lineno
                break
    if filename is None:
        return Location(f"templates/{fallback}")
    shown = Path(filename).resolve()
    for d in template_dirs:
        if shown.is_relative_to(d.resolve()):
            shown_str = f"{d.name}/{shown.relative_to(d.resolve()).as_posix()}"
            return Location(shown_str, lineno or 0)
    return Location(str(filename), lineno or 0)


def render_page(env: jinja2.Environment, page: Page, template_dirs: list[Path]) -> tuple[bytes | None, Problem | None]:
    """Render one page; a template error becomes a Problem located in the template."""
    try:
        template = env.get_template(page.template)
        html = template.render(page.full_context(), page_route=page.route, standing=standing)
    except jinja2.TemplateNotFound as exc:
        return None, error(Location(f"templates/{page.template}"), f"template '{exc.name}' not found",
                           "create it in templates/, or restore the project's default")
    except jinja2.TemplateSyntaxError as exc:
        return None, error(_template_location(exc, template_dirs, page.template),
                           f"template syntax error: {exc.message}", "fix the Jinja2 syntax at this line")
    except jinja2.UndefinedError as exc:
        return None, error(_template_location(exc, template_dirs, page.template),
                           f"template error on {page.route}: {exc.message}",
                           "the template uses a name the page does not provide; check the spelling")
    except Exception as exc:
        return None, error(_template_location(exc, template_dirs, page.template),
                           f"template error on {page.route}: {type(exc).__name__}: {exc}",
                           "fix the template at this line")
    return html.encode("utf-8"), None


def render_all(pages: list[Page | Asset | Output], template_dirs: list[Path]) -> tuple[dict[str, bytes], list[Problem]]:
    """Render every page and read every asset; problems from one template are reported once."""
    env = make_environment(template_dirs)
    outputs: dict[str, bytes] = {}
    problems: list[Problem] = []
    reported: set[tuple[str, int, str]] = set()
    for page in pages:
        if isinstance(page, Asset):
            outputs[page.route] = page.path.read_bytes()
            continue
        if isinstance(page, Output):
            outputs[page.route] = serialize(page.format, page.content)
            continue
        data, problem = render_page(env, page, template_dirs)
        if problem is not None:
            key = (problem.location.path, problem.location.line, problem.message.split(" on ")[0])
            if key not in reported:
                reported.add(key)
                problems.append(problem)
        elif data is not None:
            outputs[page.route] = data
    return outputs, problems
