"""Stage 5, render: planned pages → bytes, through Jinja2 (autoescaped, strict) and markdown-it-py.

Template mistakes become Problems at the template's `file:line`; untrusted text from YAML is
always escaped, and Markdown has raw HTML disabled and unsafe link schemes dropped.

For speed at tens of thousands of pages: the macro files (`_i18n.html`, `_macros.html`, …) are
imported without context, so Jinja2 makes each once per language instead of once per page, and a
name a macro does not define is looked up in the page being rendered (`_Context`); the small
macros every page calls dozens of times are Python (`_PageHelpers`), exported by the macro files
under the macros' names, so a site's own macro file can still define any of them as a macro.
A page rendered again in the same process (the dev server's rebuilds) reuses the entries of its
long lists whose inputs did not change (`_PageHelpers.entry`, `note`, `fact_entry`, `timeline_entry`).
"""

from __future__ import annotations

import dataclasses
import json
import operator
import os
import re
import traceback
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from types import BuiltinFunctionType, FunctionType, MethodType
from typing import Any

import jinja2
from jinja2.sandbox import safe_range
from markdown_it import MarkdownIt

from . import i18n, urls
from .cache import Store
from .dates import When
from .derive import CREDIBILITY_SCALE, Grade, Standing, standing
from .exports import serialize
from .model import Entity, Fact, Source, Topic
from .plan import Asset, Output, Page
from .precompile import PROJECT_TEMPLATES, compiled_code, signature
from .problems import Location, Problem, error
from .search import plain
from .timeline import months_kept, stored_month

_UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:", "file:")
Markup = jinja2.utils.markupsafe.Markup
escape = jinja2.utils.markupsafe.escape

# The stance, qualifier and kind labels are in i18n.py, translated per language.


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


# markdown-it writes a `[words](fact:<id>)` link as this; ids are slugs, so nothing is escaped.
_FACT_HREF = re.compile(r'<a href="fact:([a-z0-9-]*)">')


def standing_words(briefing: Any, view: Standing) -> str:
    """A fact's standing in one line of words, in the briefing's language: who asserts and denies it,
    on how many sources."""
    from babel.lists import format_list

    language = briefing.site.language
    gettext, ngettext = i18n.gettext_functions(language)

    def names(ids: tuple[str, ...]) -> str:
        labels = [briefing.entities[i].label if i in briefing.entities else i for i in ids]
        return format_list(labels, locale=i18n.babel_locale(language))  # 'A, B and C', 'A, B 및 C'
    parts = []
    if view.asserted_by:
        parts.append(gettext("asserted by %(names)s") % {"names": names(view.asserted_by)})
    if view.denied_by:
        parts.append(gettext("denied by %(names)s") % {"names": names(view.denied_by)})
    if view.declined_by:
        parts.append(gettext("%(names)s declined to comment") % {"names": names(view.declined_by)})
    count = view.independent_sources
    parts.append(ngettext("one source", "%(num)d independent sources", count) % {"num": count})
    words = "; ".join(parts)
    return words[:1].upper() + words[1:]


def fact_link_attributes(ctx: Any, fact_id: str) -> str:
    """`href` and preview data of a link to a fact's entry (its topic page), escaped for HTML."""
    briefing = ctx["briefing"]
    fact = briefing.facts.get(fact_id)
    route = ctx["fact_entries"].get(fact_id)
    if fact is None or route is None:  # check refuses unknown ids; never a broken address
        return ""
    href = urls.relative_url(ctx["page_route"], route, f"fact-{fact_id}")
    escape = jinja2.utils.markupsafe.escape
    return f' href="{escape(href)}" class="fact-ref"{preview_attributes(briefing, fact)}'


def preview_attributes(briefing: Any, fact: Fact) -> str:
    """The data a link to a fact carries for its preview (claim and standing), escaped for HTML."""
    words = standing_words(briefing, standing(briefing, fact))
    escape = jinja2.utils.markupsafe.escape
    attributes = f' data-fact="{escape(fact.id)}" data-claim="{escape(fact.claim)}" data-standing="{escape(words)}"'
    # The passage behind the claim: the first report of whoever asserts it (else the first report).
    supporting = [c for p in fact.positions if p.stance in ("asserts", "confirms") for c in p.citations]
    citation = (supporting or list(fact.citations) or [None])[0]
    source = briefing.sources.get(citation.source.id) if citation else None
    if citation is not None and source is not None:
        attributes += (f' data-quote="{escape(citation.quote)}"'
                       f' data-source="{escape(source.publisher or source.title)}"')
    return attributes


def grade_attribute(fact: Fact, source: Source, language: str = "en") -> Any:
    """`data-grade="B2"` for a citation marker's preview; nothing when neither half is graded."""
    grade = Grade(source.id, source.reliability, fact.assessment.credibility if fact.assessment else None)
    if not (grade.reliability or grade.credibility):
        return ""
    label = (i18n.grade_words(grade, language)[0] if grade.reliability else
             i18n.translations(language).gettext("credibility %(grade)s") % {"grade": grade.credibility})
    escape = jinja2.utils.markupsafe.escape
    return jinja2.utils.markupsafe.Markup(f' data-grade="{escape(label)}"')


def shown_grades(view: Standing, flags: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, description) of the grades worth showing in a list: only grades given, never 'ungraded'.

    When no source of the briefing is graded, a fact's credibility stands alone ('credibility 2').
    """
    shown: dict[str, str] = {}
    for grade in view.grades:
        if grade.reliability and (flags.get("sources_graded") or not grade.credibility):
            shown.setdefault(grade.compact, grade.description)
        elif grade.credibility:
            shown.setdefault(f"credibility {grade.credibility}",
                             f"information {grade.credibility}: {CREDIBILITY_SCALE[grade.credibility].lower()}")
    return list(shown.items())


def _shown_grades_in(view: Standing, flags: dict[str, Any], language: str) -> list[tuple[str, str]]:
    """`shown_grades` in a language: a grade's label and description through the catalogue."""
    gettext = i18n.translations(language).gettext
    shown: dict[str, str] = {}
    for grade in view.grades:
        if grade.reliability and (flags.get("sources_graded") or not grade.credibility):
            label, description = i18n.grade_words(grade, language)
            shown.setdefault(label, description)
        elif grade.credibility:
            meaning = gettext(CREDIBILITY_SCALE[grade.credibility]).lower()
            shown.setdefault(gettext("credibility %(grade)s") % {"grade": grade.credibility},
                             gettext("information %(grade)s: %(meaning)s") % {"grade": grade.credibility,
                                                                               "meaning": meaning})
    return list(shown.items())


def backlink_letter(index: int) -> str:
    """a, b, … z, aa, ab, …: the labels of a footnote's back-links, as on Wikipedia."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


# "On this page": a page whose template keeps base.html's `<!--contents-->` mark and that has at
# least CONTENTS_MIN headings `<h2 id=…>` gets a list of them there (any template, no extra data).
CONTENTS_MARK = "<!--contents-->"
CONTENTS_MIN = 3
_HEADING = re.compile(r'<h2\b[^>]*\bid="([^"]+)"[^>]*>(.*?)</h2>', re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def add_contents(html: str, gettext: Callable[[str], str] = lambda text: text) -> str:
    """Fill the contents mark with links to the page's `<h2 id>` headings (or remove it)."""
    at = html.find(CONTENTS_MARK)
    if at < 0:
        return html.replace("<!--back-to-top-->", "", 1)
    headings = [(ident, " ".join(_TAG.sub("", inner).split())) for ident, inner in _HEADING.findall(html, at)]
    headings = [(ident, label) for ident, label in headings if label]
    if len(headings) < CONTENTS_MIN:
        return html.replace(CONTENTS_MARK, "", 1).replace("<!--back-to-top-->", "", 1)
    items = "".join(f'<li><a href="#{ident}">{label}</a></li>' for ident, label in headings)
    on_page, top = gettext("On this page"), gettext("Back to top ↑")
    nav = (f'<nav class="toc" aria-label="{on_page}"><details><summary>{on_page}</summary>'
           f'<ol>{items}</ol><p class="toc-top"><a href="#top">{top}</a></p></details></nav>')
    html = html.replace(CONTENTS_MARK, nav, 1)
    return html.replace("<!--back-to-top-->", f'<p class="back-to-top"><a href="#top">{top}</a></p>', 1)


def quantity_label(quantity: Any, language: str = "en") -> str:
    """'more than 1,000,000 artillery shells', '10,000–15,000 troops' (in the page's language)."""
    return i18n.quantity_label(quantity, language)


# Links by (edition, folder of the linking page, route, fragment): a link depends on the page's
# folder only (but for an anchor on the page itself), and every page of a folder makes the same
# few hundred; a page makes some forty.
_links: dict[tuple[str, str, str, str], str] = {}
_LINKS_KEPT = 200_000


@jinja2.pass_context
def _url(ctx: Any, target: Any, fragment: str = "") -> str:
    route = target if isinstance(target, str) else urls.route_for(target)
    edition = ctx.get("edition") or ""
    page_route = ctx["page_route"]
    if fragment and route == page_route:
        return urls.edition_link(edition, page_route, route, fragment)
    key = (edition, page_route.rpartition("/")[0], route, fragment)
    link = _links.get(key)
    if link is None:
        if len(_links) >= _LINKS_KEPT:
            _links.clear()
        link = _links[key] = urls.edition_link(edition, page_route, route, fragment)
    return link


class _Labels(dict):  # type: ignore[type-arg]
    """Labels by key; a key without one shows as itself, capitalised (a kind added later still reads)."""

    def __missing__(self, key: str) -> str:
        return str(key).capitalize()


@jinja2.pass_context
def _alternates(ctx: Any) -> list[dict[str, Any]]:
    """This page in every language of the site: code, name, link from here, and whether it is this one."""
    # Asked three times a page (the head's links, the menu, the footer's switcher): made once.
    page = ctx.environment.__dict__.get("briefing_page")
    kept = ctx.environment.__dict__.get("briefing_alternates")
    if page is not None and kept is not None and kept[0] is page:
        return kept[1]
    out = _alternates_of(ctx)
    if page is not None:
        ctx.environment.briefing_alternates = (page, out)
    return out


def _alternates_of(ctx: Any) -> list[dict[str, Any]]:
    site_language = ctx.get("languages", [""])[0]
    current = ctx.get("edition") or ""
    out = []
    for language in ctx.get("languages", []):
        edition = "" if language == site_language else language
        href = urls.other_edition_link(current, edition, ctx["page_route"])
        base = ctx["site"].base_url
        if base:  # the address of the original edition's root, from this edition's
            root = base.removesuffix(f"{current}/") if current else base
            absolute = urls.absolute_url(urls.edition_base_url(root, edition), ctx["page_route"])
        else:
            absolute = ""
        out.append({"language": language, "name": i18n.LANGUAGE_NAMES.get(i18n.primary(language), language),
                    "href": href, "absolute": absolute, "current": edition == current})
    return out


@jinja2.pass_context
def _fallback(ctx: Any, key: str) -> str:
    """The original's language when the text named by `key` (`fact:<id>`, `topic:<id>:summary`,
    `judgment:<id>`, `site:title`) is shown untranslated in this edition, else ''."""
    edition = ctx.get("translated")
    if edition is None or not edition.untranslated(key):
        return ""
    return ctx["languages"][0]


# Functions that read only the page's variables (`page_route`, `edition`, `translated`, …), never a
# loop's: called in a loop that sets a variable, they need no copy of the context made with it.
_PAGE_FUNCTIONS = frozenset({_url, _alternates, _fallback})
_PassArg = jinja2.utils._PassArg  # type: ignore[attr-defined]
# Callables whose `__call__` cannot itself ask for the context (a function's or a bound method's
# is a method-wrapper, a macro's is undecorated): Jinja2's generic check for that costs more than
# most calls. (A bound method reads `jinja_pass_arg` from its function, as Jinja2 does.)
_PLAIN_CALLABLES = frozenset({FunctionType, BuiltinFunctionType, MethodType, jinja2.runtime.Macro})


class _Context(jinja2.runtime.Context):
    """Jinja2's template context, with a faster `call` for functions and macros, and the page's
    variables seen from the macro files.

    Every call in a template (a macro, `url()`, `_()`) goes through `Context.call`, a third of
    a big site's render time; this does what Jinja2's does for those callables, in fewer steps.
    """

    def resolve_or_missing(self, key: str) -> Any:
        # The macro files (`_macros.html`, `_i18n.html`, …) are imported without context, so
        # Jinja2 runs each once per environment instead of once per page (five a page were a
        # fifth of render time); a name a macro does not find in its own file or the globals
        # (`briefing`, `flags`, `page_route`, …) is looked up in the page being rendered, as
        # an import "with context" would have found it.
        if key in self.vars:
            return self.vars[key]
        if key in self.parent:
            return self.parent[key]
        page = self.environment.__dict__.get("briefing_page")
        if page is not None and page is not self:
            return page.resolve_or_missing(key)
        return jinja2.runtime.missing

    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        if type(__obj) not in _PLAIN_CALLABLES:
            return super().call(__obj, *args, **kwargs)
        pass_arg = getattr(__obj, "jinja_pass_arg", None)
        if pass_arg is _PassArg.context:
            if __obj not in _PAGE_FUNCTIONS:
                if kwargs.get("_loop_vars"):
                    __self = __self.derived(kwargs["_loop_vars"])
                if kwargs.get("_block_vars"):
                    __self = __self.derived(kwargs["_block_vars"])
            args = (__self, *args)
        elif pass_arg is _PassArg.eval_context:
            args = (__self.eval_ctx, *args)
        elif pass_arg is _PassArg.environment:
            args = (__self.environment, *args)
        if kwargs:
            kwargs.pop("_block_vars", None)
            kwargs.pop("_loop_vars", None)
        try:
            return __obj(*args, **kwargs)
        except StopIteration:
            return __self.environment.undefined("value was undefined because a callable raised a"
                                                " StopIteration exception")


# A message's conversions (`%(name)s`, `%(num)d`, `%%`): only named `s` and `d` are formatted
# without markupsafe's per-value helpers (see _markup_format).
_CONVERSION = re.compile(r"%(?:\(([^)]*)\))?[#0\- +]*(?:\d+|\*)?(?:\.(?:\d+|\*))?([a-zA-Z%])")
_simple_formats: dict[str, bool] = {}


def _markup_format(words: str, variables: dict[str, Any]) -> Any:
    """`Markup(words) % variables`, as markupsafe makes it (each value escaped), in fewer steps.

    markupsafe wraps every value in a helper object that escapes it when formatted; for a message
    whose conversions are all `%s`/`%d` and values that are text or whole numbers, escaping the
    text first gives the same string. Anything else takes markupsafe's own way.
    """
    simple = _simple_formats.get(words)
    if simple is None:
        simple = _simple_formats[words] = all(kind == "%" or (name and kind in "sd")
                                              for name, kind in _CONVERSION.findall(words))
    if simple:
        values: dict[str, Any] = {}
        for name, value in variables.items():
            kind = type(value)
            if kind is int:
                values[name] = value
            elif kind is str or kind is Markup:
                values[name] = _escape(value)
            else:
                break
        else:
            try:
                return Markup(words % values)
            except TypeError:  # text for a `%d`: markupsafe's helper turns it into a number
                pass
    return Markup(words) % variables


def _fast_gettext(translations: Any) -> tuple[Callable[..., Any], Callable[..., Any]]:
    """`gettext` and `ngettext` for templates, as Jinja2's new-style ones behave, memoised.

    A page calls `_()` some fifty times, mostly with constant words: Jinja2's own goes through
    an alias, two context calls and a Markup format each time.
    """
    plain: dict[tuple[str, bool], Any] = {}

    @jinja2.pass_eval_context
    def gettext(eval_ctx: Any, __string: str, **variables: Any) -> Any:
        if not variables:
            key = (__string, eval_ctx.autoescape)
            found = plain.get(key)
            if found is None:
                words = translations.gettext(__string)
                found = plain[key] = (Markup(words) if eval_ctx.autoescape else words) % {}
            return found
        words = translations.gettext(__string)
        return _markup_format(words, variables) if eval_ctx.autoescape else words % variables

    @jinja2.pass_eval_context
    def ngettext(eval_ctx: Any, __singular: str, __plural: str, __num: int, **variables: Any) -> Any:
        variables.setdefault("num", __num)
        words = translations.ngettext(__singular, __plural, __num)
        return _markup_format(words, variables) if eval_ctx.autoescape else words % variables

    return gettext, ngettext


_fields_of: dict[type, tuple[str, ...]] = {}


def _same_shown(old: Any, new: Any) -> bool:
    """Whether two values of the model (a fact, a footnote) are equal but for where they were written:
    no entry shows a location, and a line added to a fact sheet moves the facts below it."""
    if old is new:
        return True
    kind = type(old)
    if kind is not type(new):
        return False
    if kind is tuple:
        return len(old) == len(new) and all(map(_same_shown, old, new))
    names = _fields_of.get(kind)
    if names is None:
        if not dataclasses.is_dataclass(kind):
            return bool(old == new)
        names = _fields_of[kind] = tuple(field.name for field in dataclasses.fields(kind))
    for name in names:
        a, b = getattr(old, name), getattr(new, name)
        if a is not b and not (isinstance(a, Location) or isinstance(b, Location)) and not _same_shown(a, b):
            return False
    return True


# The entry macros `helpers.entry` reuses: by name, the macro file that defines it and every macro
# file it reads (the project's own, as audited: a site's file in the closure turns reuse off).
_ENTRY_MACROS = {
    "fact_item": ("_macros.html", "_i18n.html"),
    "footnote_item": ("_macros.html", "_i18n.html"),
    "single_source_item": ("_analysis.html", "_macros.html", "_i18n.html"),
    "pack_fact": ("_pack.html", "_macros.html", "_analysis.html", "_i18n.html"),
    "pack_note": ("_pack.html", "_macros.html", "_analysis.html", "_i18n.html"),
}


class _PageHelpers:
    """The small macros every page calls dozens of times (a date, an entity's link, a text that may
    be untranslated, a quote, a text only the original has), made in Python: the macro files export
    them under the macros' names (`{% set when = helpers.when %}`), so a site's own `_macros.html`
    or `_i18n.html` can still define a macro of that name instead. Each gives exactly the macro's
    HTML, every value escaped as the template escaped it; the page's variables (`briefing`,
    `page_route`, `translated`, …) are read from the page being rendered, as the macros read them.
    """

    def __init__(self, env: jinja2.Environment, language: str, markdown: Callable[[Any, str], Any]) -> None:
        self.env = env
        self.language = language
        self.markdown = markdown
        translations = i18n.translations(language)
        words: dict[str, Any] = {}

        def word(message: str) -> Any:  # `_("…")` without variables, as the templates' gettext gives it
            found = words.get(message)
            if found is None:
                found = words[message] = Markup(translations.gettext(message)) % {}
            return found
        # Marked with N_ for the catalogues: these were the macros' words.
        self.not_translated = word(i18n.N_("not yet translated"))
        self.translation = word(i18n.N_("Translation"))
        self.date_inferred = word(i18n.N_("(date inferred)"))
        self.cited_by = word(i18n.N_("Cited by"))
        self.language_label = word(i18n.N_("Language:"))
        self.by_statement = word(i18n.N_("(date of the earliest statement; the fact has no date)"))
        self.by_report = word(i18n.N_("(date of the earliest report; the fact has no date)"))
        self._exports: dict[tuple[str, str], Any] = {}
        # What is kept of the pages' briefing, each entry with the object it was made from.
        self._previews_of: Any = None
        self._previews: dict[str, Any] = {}
        self._source_lines: dict[str, tuple[Any, Any, Any]] = {}
        self._whens: dict[int, tuple[When, Any]] = {}
        self._entity_links: dict[tuple[str, str], tuple[Any, Any]] = {}
        self.when_text = lambda value: i18n.format_when(value, language)
        # The entries of long lists as last rendered, by page route (see `entry`); unlike the
        # above, kept from one render_all to the next (each checked against what it was made of).
        self._fragments: dict[str, dict[tuple[Any, ...], tuple[Any, ...]]] = {}
        self._page_fragments: tuple[dict[Any, Any], dict[Any, Any]] | None = None  # (last time's, this time's)
        self._timeline_page: tuple[Any, tuple[Any, ...]] | None = None  # (page context, what its entries show)
        self._entry_macros: dict[int, tuple[Any, bool]] = {}
        self._owner = os.getpid()  # a forked render worker reads what its parent kept, keeps nothing
        self._renders = 0  # render_all calls that used this environment
        self.template_dirs: tuple[Path, ...] = ()  # the environment's (set by _environment)

    def _page(self) -> Any:
        page = self.env.__dict__.get("briefing_page")
        if page is None:
            raise RuntimeError("a page helper was called outside render_page")
        return page

    def _export(self, template: str, name: str) -> Any:
        # What a macro file exports under `name` (a site's own file, if it has one, and its macro):
        # the helpers built of other macros call them as the templates did.
        found = self._exports.get((template, name))
        if found is None:
            found = self._exports[(template, name)] = getattr(self.env.get_template(template).module, name)
        return found

    def forget(self) -> None:
        """Drop what was kept of the last pages' briefing (render_all starts with it: the next
        briefing may be the same object, edited)."""
        self._previews_of, self._previews = None, {}
        self._source_lines, self._whens, self._entity_links = {}, {}, {}
        self._timeline_page = None

    def preview(self, briefing: Any, fact: Fact) -> Any:
        """`fact_preview(fact)`: the data a link to a fact carries for its preview, once per fact and
        briefing (a fact is linked from its sources, its entities and its related facts)."""
        if briefing is not self._previews_of:
            self._previews_of, self._previews = briefing, {}
        found = self._previews.get(fact.id)
        if found is None:
            found = self._previews[fact.id] = Markup(preview_attributes(briefing, fact))
        return found

    def fact_link(self, fact: Any) -> Any:
        """`fact_link(fact)`: a link to a fact's page with its preview data, and its date."""
        page = self._page()
        getattr_ = self.env.getattr
        ident = getattr_(fact, "id")
        claim = self._export("_i18n.html", "text")(getattr_(fact, "claim"), f"fact:{ident}")
        html = (f'<a href="{_escape(_url(page, fact))}"{self.preview(page["briefing"], fact)}>'
                f'{_escape(claim)}</a>')
        date = getattr_(fact, "date")
        if date:
            html += f' <span class="fact-date">({_escape(self._export("_macros.html", "when")(date))})</span>'
        return Markup(html)

    def timeline_entry(self, entry: Any) -> Any:
        """`timeline_entry(entry)`: one fact on the timeline (its date, and how it was found when the
        fact has none; its claim linked; its topic), as an `<li>` the filters read."""
        # Entries are the timeline's own dataclasses (timeline.Entry): their fields are read directly.
        page = self._page()
        fact = entry.fact
        when, text = self._export("_macros.html", "when"), self._export("_i18n.html", "text")
        kept = self._page_fragments
        if kept is None or when != self.when or text != self.text:  # a site's macro may read anything
            return self._timeline_entry(page, entry, when, text)
        topic = page["briefing"].topics.get(fact.topic)
        check = (page.get("edition"), entry.dated_by, entry.date, entry.positions, topic and topic.title,
                 _fallback(page, f"fact:{fact.id}"))
        return self._kept(kept, ("timeline_entry", fact.id), None, fact, check,
                          lambda: self._timeline_entry(page, entry, when, text))

    def timeline_entries(self, macro: Any, entries: list[Any], group: Any) -> Any:
        """`helpers.timeline_entries(timeline_entry, entries, (year, month))`: one month of the
        timeline, each entry on a line of its own (as `{% for entry in entries %}  {{ timeline_entry(entry)
        }}` wrote them). The month's HTML is reused whole when each of its entries is the very object
        of the last rendering (`timeline.timeline` keeps the entries of unchanged facts) and nothing
        else the entries show changed; otherwise each entry is reused or made as `timeline_entry` says."""
        kept = self._page_fragments
        own = (macro == self.timeline_entry and self._export("_macros.html", "when") == self.when
               and self._export("_i18n.html", "text") == self.text)  # a site's macro may read anything
        if kept is None and own and months_kept():  # a new process: the month from the cache, if made before
            return Markup(self._stored_month(entries, group))
        if kept is None or not own:
            return Markup("".join([f"  {escape(macro(entry))}\n" for entry in entries]))
        page = self._page()
        if self._timeline_page is None or self._timeline_page[0] is not page:
            # What every entry shows of the page (once per page): the edition, the topics' titles and
            # which claims are shown untranslated, in the original's language.
            translated = page.get("translated")
            self._timeline_page = (page, (
                page.get("edition"), page["languages"][0] if translated is not None else None,
                tuple((t.id, t.title) for t in page["briefing"].topics.values()),
                frozenset(translated.missing) if translated is not None else None))
        check = self._timeline_page[1]
        slot = ("timeline_entries", group)
        found = kept[0].get(slot)
        if (found is not None and found[1] == check and len(found[0]) == len(entries)
                and all(map(operator.is_, found[0], entries))):
            kept[1][slot] = found
            kept[1].update(found[3])  # the entries' own, for when the month changes next time
            return found[2]
        html = Markup("".join([f"  {self.timeline_entry(entry)}\n" for entry in entries]))
        records = {}
        for entry in entries:
            key = ("timeline_entry", entry.fact.id)
            records[key] = kept[1][key]
        kept[1][slot] = (list(entries), check, html, records)
        return html

    def _stored_month(self, entries: list[Any], group: Any) -> str:
        """A month of the timeline as `timeline_entries` writes it, kept in the cache by a description
        of everything `_timeline_entry` shows of each entry (timeline.stored_month)."""
        page = self._page()
        topics = page["briefing"].topics
        shown = [self.language, page.get("edition") or "", repr(group)]
        for entry in entries:
            fact, date = entry.fact, entry.date
            claim, title = fact.claim, topics[fact.topic].title
            # The free texts with their lengths, so no two descriptions can read alike.
            shown.append(f"{fact.id} {fact.topic} {date.iso()}{'~' if date.is_range else ''} {entry.dated_by} "
                         f"{_fallback(page, f'fact:{fact.id}')} {entry.positions}\x1f{len(claim)}:{claim}"
                         f"{len(title)}:{title}")
        timeline = page.get("timeline")
        months = sum(len(months) for _year, months in timeline.years) if timeline is not None else 64
        return stored_month(f'{page.get("edition") or ""}:{page["page_route"]}', shown, months,
                            lambda: "".join([f"  {self.timeline_entry(entry)}\n" for entry in entries]))

    def _timeline_entry(self, page: Any, entry: Any, when: Any, text: Any) -> Any:
        fact = entry.fact
        dated_by = entry.dated_by
        how = (f' <span class="dated-by">{self.by_statement}</span>' if dated_by == "statement" else
               f' <span class="dated-by">{self.by_report}</span>' if dated_by == "report" else "")
        when = _escape(when(entry.date))
        claim = _escape(text(fact.claim, f"fact:{fact.id}"))
        topic_title = page["briefing"].topics[fact.topic].title
        return Markup(f'<li class="timeline-entry" data-topic="{_escape(fact.topic)}"'
                      f' data-positions="{_escape(entry.positions)}"><span class="timeline-date">'
                      f'{when}{how}</span>\n    <span class="timeline-claim"><a href="{_escape(_url(page, fact))}">'
                      f'{claim}</a> <span class="fact-topic">{_escape(topic_title)}</span></span></li>')

    def new_render(self) -> None:
        """A render_all starts with this environment: from the second on (or the second build, see
        begin_render), entries are kept and reused (a process that renders once, as `build` does,
        spends nothing on them)."""
        self._renders += 1

    def begin_page(self, route: str) -> Any:
        """Start keeping the entries of the page `route` (render_page calls it); gives what to pass
        to `end_page`."""
        outer = self._page_fragments
        again = self._renders >= 2 or _builds.get(self.template_dirs, 0) >= 2
        self._page_fragments = (self._fragments.get(route, {}), {}) if again else None
        return outer

    def end_page(self, route: str, outer: Any, rendered: bool) -> None:
        """The page `route` is done: when it rendered, its entries of this time replace last time's
        (an entry no longer on the page is dropped with them, so what is kept never outgrows the site)."""
        kept = self._page_fragments
        self._page_fragments = outer
        if rendered and kept is not None and os.getpid() == self._owner:
            if kept[1]:
                self._fragments[route] = kept[1]
            else:
                self._fragments.pop(route, None)

    def _kept(self, kept: tuple[dict[Any, Any], dict[Any, Any]], slot: tuple[Any, ...], macro: Any,
              fact: Any, check: tuple[Any, ...], make: Callable[[], Any]) -> Any:
        # An entry is reused when it was made by the same macro, of an equal fact (the same object
        # when its file did not change; its locations aside) and of equal values for everything
        # else it shows (`check`).
        found = kept[0].get(slot)
        if found is None or found[0] is not macro or not _same_shown(found[1], fact) or found[2] != check:
            found = (macro, fact, check, make())
        kept[1][slot] = found
        return found[3]

    def _own_entry_macro(self, macro: Any) -> bool:
        # Only the project's own entry macros, in a closure of the project's own macro files: what
        # they read is known (`entry`); a site's macro (or one calling a site's) is called each time.
        known = self._entry_macros.get(id(macro))
        if known is not None and known[0] is macro:
            return known[1]
        name = getattr(macro, "name", None)
        files = _ENTRY_MACROS.get(name) if isinstance(name, str) else None
        own = False
        if files is not None:
            try:
                own = self._export(files[0], name) is macro and all(
                    Path(self.env.get_template(file).filename or "").parent.resolve() == PROJECT_TEMPLATES.resolve()
                    for file in files)
            except Exception:  # a broken macro file: the macro is called, and reports it
                own = False
        self._entry_macros[id(macro)] = (macro, own)
        return own

    def entry(self, macro: Any, view: Any, *args: Any) -> Any:
        """`helpers.entry(fact_item, view)`, `helpers.entry(pack_fact, view, number, key)`: the macro's
        entry for a fact in a list, reused from the last time this page was rendered when nothing
        it shows has changed (a one-fact edit renders one entry of a topic page, not hundreds)."""
        kept = self._page_fragments
        if kept is None or not self._own_entry_macro(macro):
            return macro(view, *args)
        page = self._page()
        fact = view.fact
        positions = fact.positions
        markers = view.markers
        if len(markers) != len(positions):
            return macro(view, *args)
        link = self.entity_link
        shown = []
        for (position, notes), own in zip(markers, positions, strict=True):
            if position is not own:
                return macro(view, *args)
            # Names and links of who spoke and relayed (an entity's file may change alone), and of
            # each footnote its number and what the marker shows of its source.
            shown.append((link(position.actor), tuple(link(ref) for ref in position.via),
                          tuple((note.number, note.source.id, note.source.publisher, note.source.title,
                                 note.source.reliability) for note in notes)))
        flags = page.get("flags") or {}
        topic = page["briefing"].topics.get(fact.topic)
        check = (page.get("edition"), args, view.standing, tuple(shown), view.marker_ids,
                 _fallback(page, f"fact:{fact.id}"), flags.get("badge"), flags.get("sources_graded"),
                 topic and topic.title)
        return self._kept(kept, (macro.name, fact.id, args), macro, fact, check, lambda: macro(view, *args))

    def fact_entry(self, macro: Any, fact: Any, view: Standing) -> Any:
        """`helpers.fact_entry(single_source_item, fact, standing)`: a fact of the single-source list,
        reused from the last time the page was rendered when nothing it shows has changed."""
        kept = self._page_fragments
        if kept is None or not self._own_entry_macro(macro) or not view.evidence:
            return macro(fact, view)
        page = self._page()
        sources = page["briefing"].sources
        shown = []
        for ident in view.evidence[0].sources:  # the line of reporting it rests on, named
            source = sources.get(ident)
            if source is None:
                return macro(fact, view)
            shown.append((ident, source.publisher, source.title, source.language))
        link = self.entity_link
        actors = tuple(link({"id": actor}) for actor in (*view.asserted_by, *view.denied_by, *view.declined_by))
        flags = page.get("flags") or {}
        check = (page.get("edition"), bool(page.get("translated")), page["languages"][0], view, tuple(shown),
                 actors, _fallback(page, f"fact:{fact.id}"), flags.get("sources_graded"))
        return self._kept(kept, (macro.name, fact.id), macro, fact, check, lambda: macro(fact, view))

    def note(self, macro: Any, note: Any, other: Any) -> Any:
        """`helpers.note(footnote_item, note, back)`, `helpers.note(pack_note, note, key)`: one footnote
        of a page, reused from the last time the page was rendered when the note (its number, quote,
        source, anchor, translation) and the other argument (its back-links, the part's key) are the
        same (a topic page lists some three notes a fact)."""
        kept = self._page_fragments
        if kept is None or not self._own_entry_macro(macro):
            return macro(note, other)
        page = self._page()
        # What the quote and the source line read of the page: whether it is a translated edition,
        # the original's language and the page's.
        check = (page.get("edition"), bool(page.get("translated")), page["languages"][0], page.get("language"),
                 other if isinstance(other, str) else tuple(other))
        return self._kept(kept, (macro.name, note.number), macro, note, check, lambda: macro(note, other))

    def alternate_links(self) -> Any:
        """`i18n.alternate_links()`: in <head>, this page in every language of a site that has several."""
        alternatives = _alternates(self._page())
        if len(alternatives) <= 1:
            return Markup("")
        return Markup("".join(f'<link rel="alternate" hreflang="{_escape(alt["language"])}"'
                              f' href="{_escape(alt["absolute"] or alt["href"])}">' for alt in alternatives))

    def switcher(self) -> Any:
        """`i18n.switcher()`: links to this page in the other languages, each named in its own."""
        alternatives = _alternates(self._page())
        if len(alternatives) <= 1:
            return Markup("")
        links = "".join(
            f'<strong lang="{_escape(alt["language"])}" aria-current="page">{_escape(alt["name"])}</strong>'
            if alt["current"] else
            f'<a href="{_escape(alt["href"])}" hreflang="{_escape(alt["language"])}"'
            f' lang="{_escape(alt["language"])}">{_escape(alt["name"])}</a>' for alt in alternatives)
        return Markup(f'<p class="languages"><span class="languages-label">{self.language_label}</span>{links}</p>')

    def nav_languages(self) -> Any:
        """`i18n.nav_languages()`: in the menu, this page in each other language, named in that language."""
        return Markup("".join(
            f'<li class="nav-language"><a href="{_escape(alt["href"])}" hreflang="{_escape(alt["language"])}"'
            f' lang="{_escape(alt["language"])}">{_escape(alt["name"])}</a></li>'
            for alt in _alternates(self._page()) if not alt["current"]))

    def archive_paragraph(self, paragraph: Any, language: str, citing: Any) -> Any:
        """`helpers.archive_paragraph(paragraph, source.language, citing_passage)`: one paragraph of
        an archived text, quoted passages marked and anchored, runs in another script in their
        language, and after each passage the facts citing it."""
        page = self._page()
        getattr_ = self.env.getattr
        anchor = getattr_(paragraph, "anchor")
        html = [f'<p id="{_escape(anchor)}">' if anchor else "<p>"]
        for segment in paragraph:
            anchors = getattr_(segment, "anchors")
            html.extend(f'<span id="{_escape(extra)}"></span>' for extra in anchors[1:])
            marked = getattr_(segment, "marked")
            if marked:
                html.append(f'<mark id="{_escape(anchors[0])}">' if anchors else "<mark>")
            elif anchors:
                html.append(f'<span id="{_escape(anchors[0])}"></span>')
            for text, lang in segment.runs(language):
                html.append(f'<span lang="{_escape(lang)}">{_escape(text)}</span>' if lang else _escape(text))
            if marked:
                html.append("</mark>")
            for end in getattr_(segment, "ends"):
                facts = citing.get(end, [])
                if facts:
                    links = "; ".join(
                        f'<a href="{_escape(_url(page, fact))}" data-fact="{_escape(getattr_(fact, "id"))}">'
                        f'{_escape(jinja2.filters.do_truncate(self.env, getattr_(fact, "claim"), 70))}</a>'
                        for fact in facts)
                    html.append(f'<span class="passage-note" lang="{_escape(getattr_(page["site"], "language"))}"'
                                f' data-passage="{_escape(end)}"><span class="passage-note-label">{self.cited_by}'
                                f'</span> {links}</span>')
        html.append("</p>")
        return Markup("".join(html))

    def source_line(self, source: Any) -> Any:
        """`source_line(source)`: publisher, title, date (and whether it was inferred); once per
        source and edition when it is made of the helpers' own `original` and `when` (a source is
        cited on its facts' pages, their topic pages and the pack: some thirty lines at 20,000 facts)."""
        original, when = self._export("_i18n.html", "original"), self._export("_macros.html", "when")
        if original != self.original or when != self.when:  # a site's macro may read the page
            return self._source_line(source, original, when)
        edition = self._page()["translated"]
        found = self._source_lines.get(source.id)
        if found is None or found[0] is not source or found[1] is not edition:
            found = self._source_lines[source.id] = (source, edition, self._source_line(source, original, when))
        return found[2]

    def _source_line(self, source: Any, original: Any, when: Any) -> Any:
        getattr_ = self.env.getattr
        html = ""
        publisher = getattr_(source, "publisher")
        if publisher:
            html += f'{_escape(original(publisher))}, '
        html += f'<cite lang="{_escape(getattr_(source, "language"))}">{_escape(getattr_(source, "title"))}</cite>'
        published = getattr_(source, "published")
        if published:
            html += f', {_escape(when(published))}'
            if "published" in getattr_(source, "inferred"):
                html += f" {self.date_inferred}"
        return Markup(html)

    def when(self, value: Any) -> Any:
        """`when(value)`: a date as `<time datetime>`, a range as a span; nothing for none. Once per
        date of the briefing (a fact's date shows on its page, its topic, the pack and the timeline)."""
        if value is None:
            return Markup("")
        kept = self._whens.get(id(value)) if type(value) is When else None
        if kept is not None and kept[0] is value:
            return kept[1]
        if self.env.getattr(value, "is_range"):
            html = Markup(f'<span class="when">{_escape(self.when_text(value))}</span>')
        else:
            html = Markup(f'<time datetime="{_escape(value.iso())}">{_escape(self.when_text(value))}</time>')
        if type(value) is When:  # immutable; kept with the value, so its id cannot be another's
            self._whens[id(value)] = (value, html)
        return html

    def entity_link(self, ref: Any) -> Any:
        """`entity_link(ref)`: a link to the entity `ref.id` names (its id alone when it has none);
        once per entity and folder of the linking page (the link is relative to it)."""
        page = self._page()
        ident = self.env.getattr(ref, "id")
        entity = page["briefing"].entities.get(ident)
        if not entity:
            return escape(ident)
        key = (ident, page["page_route"].rpartition("/")[0])
        kept = self._entity_links.get(key)
        if kept is not None and kept[0] is entity:
            return kept[1]
        original = _fallback(page, f"entity:{entity.id}{':short' if entity.short else ':name'}")
        href = _url(page, entity)
        lang = f' lang="{_escape(original)}"' if original else ""
        html = Markup(f'<a class="entity" href="{_escape(href)}"{lang}>{_escape(entity.label)}</a>')
        self._entity_links[key] = (entity, html)
        return html

    def text(self, value: Any, key: str) -> Any:
        """`i18n.text(value, key)`: a text of the briefing, marked when this edition shows it untranslated."""
        original = _fallback(self._page(), key)
        if original:
            return Markup(f'<span lang="{_escape(original)}">{_escape(value)}</span>'
                          f' <small class="untranslated">{self.not_translated}</small>')
        return escape(value)

    def text_only(self, value: Any, key: str) -> Any:
        """`i18n.text_only(value, key)`: like `text`, marked by its `lang` only."""
        original = _fallback(self._page(), key)
        if original:
            return Markup(f'<span lang="{_escape(original)}">{_escape(value)}</span>')
        return escape(value)

    def original(self, value: Any, markdown: Any = False) -> Any:
        """`i18n.original(value, markdown=false)`: a text only the original edition has."""
        page = self._page()
        if page["translated"] and value:
            lang = escape(self.env.getitem(page["languages"], 0))
            if markdown:
                return Markup(f'<div lang="{lang}">{_escape(self.markdown(page, value))}</div>')
            return Markup(f'<span lang="{lang}">{_escape(value)}</span>')
        if markdown:
            return escape(self.markdown(page, value))
        return escape(value)

    def quote(self, note: Any, marks: Any = False) -> Any:
        """`i18n.quote(note, marks=false)`: a quoted passage, then its translation marked as one."""
        getattr_ = self.env.getattr
        opening, closing = ("“", "”") if marks else ("", "")
        html = (f'<blockquote lang="{_escape(getattr_(getattr_(note, "source"), "language"))}">'
                f'{opening}{_escape(getattr_(note, "quote"))}{closing}</blockquote>')
        translation = getattr_(note, "translation")
        if not isinstance(translation, jinja2.Undefined) and translation:
            page = self._page()
            translator = getattr_(note, "translator")
            by = (f" ({_escape(translator)})" if not isinstance(translator, jinja2.Undefined) and translator
                  else "")
            html += (f'<p class="quote-translation" lang="{_escape(self.env.getitem(page["languages"], 0))}">'
                     f'<span class="translation-label" lang="{_escape(page["language"])}">{self.translation}'
                     f'{by}:</span> {opening}{_escape(translation)}{closing}</p>')
        return Markup(html)


def make_environment(template_dirs: list[Path], language: str = "en") -> jinja2.Environment:
    """The Jinja2 environment: site templates override the project's, undefined names are errors.

    One per set of template folders and process: compiled templates are reused by every page
    and by forked render workers. Files are not checked again on each use (that stat per page
    was a tenth of render time): whoever edits templates between builds calls `forget_templates`.
    """
    return _environment(tuple(template_dirs), _bytecode_store, language, i18n.catalogue_digest())


def forget_templates() -> None:
    """Drop the compiled templates (they changed on disk), and the catalogues."""
    _environment.cache_clear()
    _compiled_code.cache_clear()
    _builds.clear()
    i18n.forget_catalogues()


# Builds per set of template folders since their environments were made (see begin_render).
_builds: dict[tuple[Path, ...], int] = {}


def begin_render(template_dirs: list[Path]) -> bool:
    """A build is about to render with these templates (the builder says so once per build): True when
    this process rendered with them before, as the dev server does on every save. From then on the
    environments keep and reuse entries (`_PageHelpers.entry`): the briefing-wide pages cost little
    here, and a forked worker would keep nothing for the next save."""
    key = tuple(template_dirs)
    _builds[key] = _builds.get(key, 0) + 1
    from .maps import settle

    settle()  # the map outlines drawn ahead (maps.draw_ahead), before any worker is forked
    return _builds[key] >= 2


_bytecode_store: Store | None = None
_seen_catalogues: dict[str, str] = {}


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

    # Jinja2 checks the template's source, not how the environment's filters are called, which the
    # compiled code depends on too: each entry starts with the environment's signature.
    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = self.store.read(f"templates/{bucket.key}.bc")
        expected = signature(bucket.environment).encode() + b"\n"
        if data is not None and data.startswith(expected):
            bucket.bytecode_from_string(data[len(expected):])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.store.write(f"templates/{bucket.key}.bc",
                         signature(bucket.environment).encode() + b"\n" + bucket.bytecode_to_string())


class _Loader(jinja2.FileSystemLoader):
    """The template folders; the project's own templates come precompiled when they can (precompile.py)."""

    def load(self, environment: jinja2.Environment, name: str, globals: Any = None) -> jinja2.Template:
        if environment.bytecode_cache is not None:  # the cache's compiled code is faster still
            return super().load(environment, name, globals)
        source, filename, uptodate = self.get_source(environment, name)
        code = None
        if _is_project_folder(os.path.dirname(filename)):
            code = _compiled_code(name, source, signature(environment), filename)
        if code is None:
            code = environment.compile(source, name, filename)
        return environment.template_class.from_code(environment, code, globals or {}, uptodate)


_PROJECT_TEMPLATES = PROJECT_TEMPLATES.resolve()


@lru_cache(maxsize=16)
def _is_project_folder(folder: str) -> bool:
    return Path(folder).resolve() == _PROJECT_TEMPLATES


@lru_cache(maxsize=64)
def _compiled_code(name: str, source: str, env_signature: str, filename: str) -> Any:
    # One code object per precompiled template, shared by the environments of every language
    # (a code object is immutable; each environment makes its own template from it).
    return compiled_code(name, source, env_signature, filename)


@jinja2.pass_environment
def _distinct(env: jinja2.Environment, items: Any, attribute: str) -> str:
    """`items | distinct('actor.id')`: the different values of an attribute of the items, in order,
    space-separated: `items | map(attribute=…) | unique | join(' ')` in one step (its case-blind
    comparison of texts included)."""
    value_of = jinja2.filters.make_attrgetter(env, attribute)
    seen: set[Any] = set()
    values = []
    for item in items:
        value = value_of(item)
        key = value.lower() if isinstance(value, str) else value
        if key not in seen:
            seen.add(key)
            values.append(value)
    if any(hasattr(value, "__html__") for value in values):
        return escape(" ").join(values)
    return " ".join(map(str, values))


# markupsafe's escaping of a text, without the Markup object around it (markupsafe ≥ 3.0).
_escape_text: Callable[[str], str] = (getattr(jinja2.utils.markupsafe, "_escape_inner", None)
                                      or (lambda text: str(escape(text))))


def _escape(value: Any) -> Any:
    # What the compiled templates call on every value they show (`{{ x }}`), some 200 times a page;
    # they only join what it gives into the page, so the escaped text needs no Markup object around
    # it. A value already escaped (a macro's output, a translated message) is kept as it is, where
    # markupsafe would copy it; and the nothing an `{{ x if y }}` gives when `y` is false is made
    # without the exception markupsafe's probe for `__html__` raises on it.
    kind = type(value)
    if kind is str:
        return _escape_text(value)
    if kind is Markup:
        return value
    if kind is jinja2.Undefined:
        return str(value)
    return escape(value)


class _Template(jinja2.Template):
    """A Jinja2 template whose compiled code escapes with `_escape`."""

    @classmethod
    def from_code(cls, environment: jinja2.Environment, code: Any, globals: Any,
                  uptodate: Callable[[], bool] | None = None) -> jinja2.Template:
        # As Jinja2's `from_code`, then the code's `escape` (a global of its namespace) replaced.
        namespace = {"environment": environment, "__file__": code.co_filename}
        exec(code, namespace)
        namespace["escape"] = _escape
        template = cls._from_namespace(environment, namespace, globals)
        template._uptodate = uptodate
        return template


class _Environment(jinja2.Environment):
    """Jinja2's environment, whose templates see its globals through a plain dict.

    Jinja2 layers a template's globals over the environment's in a ChainMap so later changes to
    the environment show; ours are complete before the first template loads, and every page's
    context and import walked that ChainMap (key by key) several times.
    """

    template_class = _Template

    def make_globals(self, d: Any = None) -> Any:
        return {**self.globals, **(d or {})}


@lru_cache(maxsize=8)
def _environment(template_dirs: tuple[Path, ...], store: Store | None, language: str,
                 catalogues: str) -> jinja2.Environment:
    # `catalogues` (their digest) is part of the key: an edited catalogue gives a new environment.
    env = _Environment(
        loader=_Loader([str(d) for d in template_dirs if d.is_dir()]),
        bytecode_cache=_SealedBytecodeCache(store) if store is not None else None,
        auto_reload=False,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
    )
    if catalogues != _seen_catalogues.get("digest"):
        i18n.forget_catalogues()
        _seen_catalogues["digest"] = catalogues
    env.context_class = _Context
    env.install_gettext_translations(i18n.translations(language), newstyle=True)  # type: ignore[attr-defined]
    gettext, ngettext = _fast_gettext(i18n.translations(language))
    env.globals.update(_=gettext, gettext=gettext, ngettext=ngettext)
    # A loop in a site's template is the one way it could run forever (`range(10**9)` hung the build
    # and the dev server): Jinja's sandbox range stops at 100,000 items with an error at the line.
    env.globals["range"] = safe_range
    env.globals["plain_gettext"] = i18n.translations(language).gettext  # for words code adds to a page
    markdown = _markdown()

    @jinja2.pass_context
    def markdown_filter(ctx: Any, text: str) -> Any:
        html = markdown(text)
        if 'href="fact:' in html:  # links to facts point at their entries, relative to this page
            html = _FACT_HREF.sub(lambda m: f"<a{fact_link_attributes(ctx, m.group(1))}>", html)
        return jinja2.utils.markupsafe.Markup(html)

    env.filters["markdown"] = markdown_filter
    helpers = env.globals["helpers"] = _PageHelpers(env, language, markdown_filter)
    helpers.template_dirs = template_dirs
    env.filters["plain"] = plain  # Markdown as words, for attributes, feeds and the pack's lede
    env.filters["distinct"] = _distinct
    env.filters["quantity"] = lambda quantity: i18n.quantity_label(quantity, language)
    env.filters["number"] = lambda value: i18n.format_number(value, language)
    env.filters["compact_number"] = lambda value: i18n.format_compact(value, language)
    env.filters["when_text"] = lambda value: i18n.format_when(value, language)
    # A word the code gives (a scale's label, marked with N_ where it is defined), in this language.
    env.filters["t"] = lambda text: i18n.translations(language).gettext(text) if text else text
    env.filters["grade_text"] = lambda grade: i18n.grade_words(grade, language)[0]
    env.filters["grade_title"] = lambda grade: i18n.grade_words(grade, language)[1]
    labels = i18n.labels(language)

    @lru_cache(maxsize=1)
    def script_messages() -> jinja2.utils.markupsafe.Markup:
        # JSON inside <script type="application/json">: "<" escaped so no text can close the element.
        # The same on every page of a language: made once per environment.
        text = json.dumps(i18n.script_messages(language), ensure_ascii=False, sort_keys=True)
        return jinja2.utils.markupsafe.Markup(text.replace("<", "\\u003c").replace(">", "\\u003e"))

    env.globals.update(
        script_messages=script_messages,
        url=_url,
        grade_attribute=lambda fact, source: grade_attribute(fact, source, language),
        backlink_letter=backlink_letter,
        shown_grades=lambda view, flags: _shown_grades_in(view, flags, language),
        fact_preview=jinja2.pass_context(lambda ctx, fact: helpers.preview(ctx["briefing"], fact)),
        routes=urls,
        alternates=_alternates,
        fallback=_fallback,
        stance_label=labels["stance"],
        kind_label=labels["kind"],
        status_label=labels["status"],
        change_label=_Labels(labels["change"]),
        relation_label=_Labels(labels["relation"]),
        confidence_label=_Labels(labels["confidence"]),
        field_label=_Labels(labels["field"]),
        confidence_level=_Labels(labels["confidence_level"]),
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


def _render_template(env: jinja2.Environment, template: jinja2.Template, variables: dict[str, Any]) -> str:
    # `Template.render`, with the page's context made known to the macro files while it renders.
    context = template.new_context(variables)
    outer = env.__dict__.get("briefing_page")
    env.briefing_page = context  # type: ignore[attr-defined]
    try:
        return env.concat(template.root_render_func(context))  # type: ignore[attr-defined]
    except Exception:
        env.handle_exception()
    finally:
        env.briefing_page = outer  # type: ignore[attr-defined]


def render_page(env: jinja2.Environment, page: Page, template_dirs: list[Path]) -> tuple[bytes | None, Problem | None]:
    """Render one page; a template error becomes a Problem located in the template."""
    helpers = env.globals["helpers"]
    outer = helpers.begin_page(page.route)
    rendered = False
    try:
        template = env.get_template(page.template)
        html = add_contents(_render_template(env, template, {**page.full_context(), "page_route": page.logical_route,
                                                              "standing": standing}),
                            env.globals["plain_gettext"])
        rendered = True
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
    finally:
        helpers.end_page(page.route, outer, rendered)
    return html.encode("utf-8"), None


def render_all(pages: list[Page | Asset | Output], template_dirs: list[Path],
               sink: Callable[[str, bytes], None] | None = None) -> tuple[dict[str, bytes], list[Problem]]:
    """Render every page and read every asset; problems from one template are reported once.

    With `sink`, each file's bytes go to `sink(route, data)` as soon as they are made and the
    returned dict is empty: a big site's pages are never all held in memory at once.
    """
    envs: dict[str, jinja2.Environment] = {}
    outputs: dict[str, bytes] = {}
    put = sink if sink is not None else outputs.__setitem__
    problems: list[Problem] = []
    reported: set[tuple[str, int, str]] = set()
    try:
        for page in pages:
            if isinstance(page, Asset):
                put(page.route, page.path.read_bytes())
                continue
            if isinstance(page, Output):
                put(page.route, serialize(page.format, page.value()))
                continue
            language = page.context.get("language", "en")
            env = envs.get(language)
            if env is None:
                env = envs[language] = make_environment(template_dirs, language)
                _forget_pages(env)
                env.globals["helpers"].new_render()
            data, problem = render_page(env, page, template_dirs)
            if problem is not None:
                key = (problem.location.path, problem.location.line, problem.message.split(" on ")[0])
                if key not in reported:
                    reported.add(key)
                    problems.append(problem)
            elif data is not None:
                put(page.route, data)
    finally:
        for env in envs.values():  # the environments outlive the build: they keep no briefing
            _forget_pages(env)
    return outputs, problems


def _forget_pages(env: jinja2.Environment) -> None:
    # What the environment kept of the pages it rendered (previews, source lines, the last page's
    # languages): from another briefing, or the same one edited, at the next render_all.
    env.globals["helpers"].forget()
    env.__dict__.pop("briefing_alternates", None)
