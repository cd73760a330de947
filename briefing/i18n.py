"""The interface in the reader's language: message catalogues, labels, and locale formatting.

English is the language the templates are written in (their messages are the msgids);
every other interface language has a catalogue `briefing/locale/<lang>/LC_MESSAGES/messages.po`,
compiled in memory when first used. Dates, ranges and numbers are formatted with Babel's CLDR
data for the language. `python -m briefing.i18n update` extracts the messages of the templates
and of this module into `briefing/locale/messages.pot` and merges them into every catalogue.
"""

from __future__ import annotations

import base64
import datetime
import gettext as gettext_module
import hashlib
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .dates import PartialDate, When
from .problems import Location, Problem, error

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
SOURCE_LANGUAGE = "en"  # the templates' own language: it needs no catalogue
DOMAIN = "messages"
PROJECT_ROOT = LOCALE_DIR.parent.parent
DEFAULT_TEMPLATES = PROJECT_ROOT / "templates"  # whose messages the shipped catalogues translate


def N_(message: str) -> str:
    """Mark a message for extraction; it is translated where it is shown."""
    return message


def NP_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a message with a plural form for extraction (translated with ngettext where shown)."""
    return (singular, plural)


# Labels of the model's choices, translated where they are shown (see `labels`).
STANCE_LABELS = {"asserts": N_("asserts"), "denies": N_("denies"), "confirms": N_("confirms"),
                 "declines-comment": N_("declines to comment")}
KIND_LABELS = {"state": N_("States"), "organization": N_("Organisations"), "outlet": N_("News outlets"),
               "person": N_("People"), "unit": N_("Military units"), "weapon": N_("Weapon systems"),
               "technology": N_("Technologies and capabilities"), "place": N_("Places"), "event": N_("Events")}
STATUS_LABELS = {"disputed": N_("Disputed"), "denied": N_("Denied"), "reported": N_("Reported")}
# The source fields an editor may mark as inferred (model.INFERABLE), as a source page names them.
FIELD_LABELS = {"published": N_("Published"), "publisher": N_("Publisher"), "authors": N_("Authors"),
                "language": N_("Language"), "title": N_("Title"), "via": N_("Via")}
CONFIDENCE_LABELS = {"low": N_("low confidence"), "moderate": N_("moderate confidence"), "high": N_("high confidence")}
CONFIDENCE_LEVELS = {"low": N_("Low"), "moderate": N_("Moderate"), "high": N_("High")}
RELATION_LABELS = {"updates": N_("updates"), "corroborates": N_("corroborates"), "contradicts": N_("contradicts"),
                   "related": N_("related")}
CHANGE_LABELS = {"added": N_("Added"), "updated": N_("Updated"), "changed": N_("Changed")}
# Titles other modules give their pages (analysis.py, exports.py): plan.py translates them.
PAGE_TITLES = (N_("Disputed claims"), N_("Single-source facts"), N_("Estimates over time"),
               N_("Transfer register"), N_("What changed"), N_("Methodology"), N_("Briefing pack"),
               N_("Search"), N_("Feed"), N_("Sitemap"))
# A qualified figure with its unit; the order of the three differs between languages.
QUANTITY_PATTERNS = {"exact": N_("%(figure)s %(unit)s"), "about": N_("about %(figure)s %(unit)s"),
                     "more-than": N_("more than %(figure)s %(unit)s"),
                     "at-least": N_("at least %(figure)s %(unit)s"), "up-to": N_("up to %(figure)s %(unit)s"),
                     "fewer-than": N_("fewer than %(figure)s %(unit)s")}
# A qualified figure without its unit (key figures, chart labels): 'more than 1,000,000', '1,000,000 이상'.
FIGURE_PATTERNS = {"about": N_("about %(figure)s"), "more-than": N_("more than %(figure)s"),
                   "at-least": N_("at least %(figure)s"), "up-to": N_("up to %(figure)s"),
                   "fewer-than": N_("fewer than %(figure)s")}
RANGE_OPEN_END = N_("since %(date)s")
RANGE_OPEN_START = N_("by %(date)s")
LANGUAGE_NAMES = {"en": "English", "ko": "한국어"}  # each in its own language, for the switcher


def primary(language: str) -> str:
    """The primary subtag of a BCP 47 tag: `ko` for `ko-KR`."""
    return language.split("-")[0].lower()


@lru_cache(maxsize=16)
def babel_locale(language: str) -> Any:
    """The CLDR locale for a BCP 47 tag. A bare `en` is British English (16 February 2024), as the
    briefing has always been written; `en-US` gives February 16, 2024."""
    from babel import Locale, UnknownLocaleError

    tag = "en-GB" if language.lower() == "en" else language
    try:
        return Locale.parse(tag, sep="-")
    except (ValueError, UnknownLocaleError):
        return Locale.parse("en_GB")


def catalogue_path(language: str) -> Path:
    """Where the catalogue of an interface language lives (it may not exist)."""
    return LOCALE_DIR / primary(language) / "LC_MESSAGES" / f"{DOMAIN}.po"


def shipped_languages() -> list[str]:
    """The interface languages with a catalogue in the repository."""
    return sorted(p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def has_catalogue(language: str) -> bool:
    """True when the interface can be shown in this language."""
    return primary(language) == SOURCE_LANGUAGE or catalogue_path(language).is_file()


def _shown(path: Path) -> str:
    try:
        return path.relative_to(PROJECT_ROOT).as_posix()
    except ValueError:
        return str(path)


@lru_cache(maxsize=16)
def read_catalogue(language: str) -> Any:
    """The parsed catalogue of a language (babel `Catalog`, or the `StoredCatalogue` parsed ahead
    from the same bytes), or None for English or a missing one."""
    path = catalogue_path(language)
    if primary(language) == SOURCE_LANGUAGE or not path.is_file():
        return None
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    # The catalogues are forgotten whenever they may have changed (a new set of templates, the
    # first render environment of a process, `update`): parsed again only if their bytes did.
    kept = _parsed.get((path, language))
    if kept is not None and kept[0] == digest:
        return kept[1]
    catalogue = _stored_catalogue(path, language, digest)
    if catalogue is None:
        from babel.messages.pofile import read_po

        catalogue = read_po(io.BytesIO(data), locale=primary(language), domain=DOMAIN)
    _parsed[(path, language)] = (digest, catalogue)
    return catalogue


# The last parse of each catalogue file, by its bytes' digest (a babel `Catalog`, only read once made).
_parsed: dict[tuple[Path, str], tuple[str, Any]] = {}


@lru_cache(maxsize=16)
def translations(language: str) -> gettext_module.NullTranslations:
    """gettext translations for a language, compiled in memory from its catalogue (no .mo files)."""
    catalogue = read_catalogue(language)
    if catalogue is None:
        return gettext_module.NullTranslations()
    return gettext_module.GNUTranslations(io.BytesIO(_mo(catalogue)))


def _mo(catalogue: Any) -> bytes:
    """The catalogue compiled as a .mo file (fuzzy translations left out: a guess is never shown)."""
    if isinstance(catalogue, StoredCatalogue):
        return catalogue.mo
    from babel.messages.mofile import write_mo

    buffer = io.BytesIO()
    write_mo(buffer, catalogue, use_fuzzy=False)
    return buffer.getvalue()


# --- the shipped catalogues, parsed ahead ----------------------------------------------------

# The shipped catalogues as `python -m briefing.precompile` parsed and compiled them with Babel
# (babel's .po parser, with its imports, costs a small briefing's cold build ~0.05 s of CPU):
# each language's entry is used only while the .po file's bytes and Babel's version are those
# it was made from; otherwise the file is parsed as before.
STORED_CATALOGUES = Path(__file__).resolve().parent / "compiled" / "catalogues.json"


@dataclass(frozen=True, slots=True)
class StoredMessage:
    """One message of a stored catalogue, as babel's `Message` gives it (what the checks read)."""

    id: str | tuple[str, str]
    string: str | tuple[str, ...]
    fuzzy: bool
    lineno: int


class StoredCatalogue:
    """A catalogue parsed ahead: its messages (but the header), its plural rule and its .mo bytes."""

    def __init__(self, entry: dict[str, Any]) -> None:
        self.plural_expr: str = entry["plural_expr"]
        self.num_plurals: int = entry["num_plurals"]
        self.mo: bytes = base64.b64decode(entry["mo"])
        self._messages = {}
        for msgid, string, fuzzy, lineno in entry["messages"]:
            message = StoredMessage(msgid if isinstance(msgid, str) else tuple(msgid),
                                    string if isinstance(string, str) else tuple(string), fuzzy, lineno)
            self._messages[msgid if isinstance(msgid, str) else msgid[0]] = message

    def get(self, msgid: str) -> StoredMessage | None:
        """The message whose id (a plural message's singular) is `msgid`, as `Catalog.get`."""
        return self._messages.get(msgid)

    def __iter__(self) -> Iterator[StoredMessage]:
        return iter(self._messages.values())


def _babel_version() -> str:
    import babel  # its CLDR data formats every date and number: imported by every build anyway

    return babel.__version__


def _stored_catalogue(path: Path, language: str, digest: str) -> StoredCatalogue | None:
    if path.parent.parent.parent != _SHIPPED_LOCALE:
        return None
    try:
        entry = json.loads(STORED_CATALOGUES.read_text(encoding="utf-8")).get(primary(language))
    except (OSError, ValueError, AttributeError):
        return None
    if not isinstance(entry, dict) or entry.get("made_from") != [digest, _babel_version()]:
        return None
    return StoredCatalogue(entry)


_SHIPPED_LOCALE = LOCALE_DIR


def stored_catalogues() -> str:
    """compiled/catalogues.json's text: each shipped catalogue parsed and compiled by Babel now."""
    from babel.messages.pofile import read_po

    out = {}
    for language in shipped_languages():
        path = catalogue_path(language)
        data = path.read_bytes()
        catalogue = read_po(io.BytesIO(data), locale=primary(language), domain=DOMAIN)
        messages = [[m.id if isinstance(m.id, str) else list(m.id),
                     m.string if isinstance(m.string, str) else list(m.string), bool(m.fuzzy), m.lineno or 0]
                    for m in catalogue if m.id]
        head = {"made_from": [hashlib.sha256(data).hexdigest(), _babel_version()],
                "plural_expr": catalogue.plural_expr, "num_plurals": catalogue.num_plurals,
                "mo": base64.b64encode(_mo(catalogue)).decode("ascii")}
        # One message a line, readable in a diff.
        lines = [f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}" for key, value in head.items()]
        lines.append('  "messages": [\n' + ",\n".join(json.dumps(m, ensure_ascii=False) for m in messages) + "]")
        out[primary(language)] = "{\n" + ",\n".join(lines) + "}"
    return "{" + ",\n".join(f"{json.dumps(key)}: {value}" for key, value in out.items()) + "}\n"


def forget_catalogues() -> None:
    """Drop the compiled catalogues (they changed on disk)."""
    read_catalogue.cache_clear()
    translations.cache_clear()
    format_when.cache_clear()  # its open ranges' words come from the catalogue


def catalogue_digest() -> str:
    """A digest of every catalogue: pages depend on the wording of the interface."""
    digest = hashlib.sha1()
    for path in sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        digest.update(path.as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


# --- formatting ------------------------------------------------------------------------------

# Memoised: a big briefing formats the same few hundred dates hundreds of thousands of times,
# and Babel's pattern formatting costs ~10 µs a call.
@lru_cache(maxsize=8192)
def format_partial(value: PartialDate, language: str) -> str:
    """A day, a month or a year in the language's words: `16 February 2024`, `2024년 2월`."""
    from babel.dates import format_date, format_skeleton

    locale = babel_locale(language)
    if value.day:
        return format_date(datetime.date(value.year, value.month, value.day), "long", locale=locale)
    if value.month:
        return format_skeleton("yMMMM", datetime.date(value.year, value.month, 1), locale=locale)
    return format_skeleton("y", datetime.date(value.year, 1, 1), locale=locale)


@lru_cache(maxsize=8192)
def format_when(value: When | None, language: str) -> str:
    """A partial date or a range: `August 2023 – February 2024`, `since 2023년 8월`."""
    if value is None:
        return ""
    if not value.is_range:
        return format_partial(value.start, language) if value.start else ""
    gettext = translations(language).gettext
    if value.start and value.end:
        return f"{format_partial(value.start, language)} – {format_partial(value.end, language)}"
    if value.start:
        return gettext(RANGE_OPEN_END) % {"date": format_partial(value.start, language)}
    assert value.end is not None
    return gettext(RANGE_OPEN_START) % {"date": format_partial(value.end, language)}


def format_month(month: int, language: str) -> str:
    """The name of a month on its own (`February`, `2월`), as a timeline heading."""
    from babel.dates import get_month_names

    return get_month_names("wide", "stand-alone", locale=babel_locale(language))[month]


def format_day(year: int, month: int, day: int, language: str) -> str:
    """A full date in the language's long form."""
    return format_partial(PartialDate(year, month, day), language)


def format_number(value: float | None, language: str) -> str:
    """A figure with the language's grouping: `1,000,000`; an unknown figure is `?`."""
    from babel.numbers import format_decimal

    if value is None:
        return "?"
    return format_decimal(value, locale=babel_locale(language), decimal_quantization=False)


def format_compact(value: float | None, language: str) -> str:
    """A figure in the language's short form, for chart axes: `1M`, `100만`."""
    from babel.numbers import format_compact_decimal

    if value is None:
        return "?"
    return format_compact_decimal(value, locale=babel_locale(language), fraction_digits=1)


def format_axis_number(value: float, language: str) -> str:
    """A chart axis figure: '1M', '500k' in English (the briefing's own style), else the language's
    short form from CLDR ('100만', '50만')."""
    if primary(language) == SOURCE_LANGUAGE:
        for size, suffix in ((1e9, "bn"), (1e6, "M"), (1e3, "k")):
            if abs(value) >= size:
                return f"{value / size:.1f}".rstrip("0").rstrip(".") + suffix
        return f"{value:g}"
    return format_compact(value, language)


def format_axis_date(day: datetime.date, language: str, yearly: bool) -> str:
    """A chart's time-axis label: the year ('2024', '2024년') or the short month ('Feb 2024', '2024년 2월')."""
    from babel.dates import format_skeleton

    return format_skeleton("y" if yearly else "yMMM", day, locale=babel_locale(language))


def _figure_and_qualifier(quantity: Any, language: str) -> tuple[str, str]:
    """The number(s) of a quantity in the language's grouping, and the qualifier they read with."""
    if quantity.value is not None:
        return format_number(quantity.value, language), quantity.qualifier
    if quantity.min is not None and quantity.max is not None:
        return f"{format_number(quantity.min, language)}–{format_number(quantity.max, language)}", quantity.qualifier
    if quantity.min is not None:
        return format_number(quantity.min, language), "at-least"
    return format_number(quantity.max, language), "up-to"


def figure_label(quantity: Any, language: str) -> str:
    """A quantity's figure without its unit, qualified in the language's words: 'more than 1,000,000',
    '1,000,000 이상' (key figures, chart labels)."""
    if quantity is None:
        return ""
    figure, qualifier = _figure_and_qualifier(quantity, language)
    pattern = FIGURE_PATTERNS.get(qualifier)
    return translations(language).gettext(pattern) % {"figure": figure} if pattern else figure


def quantity_label(quantity: Any, language: str, unit: str | None = None) -> str:
    """'more than 1,000,000 artillery shells', '10,000–15,000 troops', in the language's order."""
    if quantity is None:
        return ""
    gettext = translations(language).gettext
    figure, qualifier = _figure_and_qualifier(quantity, language)
    pattern = gettext(QUANTITY_PATTERNS.get(qualifier, QUANTITY_PATTERNS["exact"]))
    label = (pattern % {"figure": figure, "unit": quantity.unit if unit is None else unit}).strip()
    if getattr(quantity, "projection", False):  # a figure expected, not counted
        return gettext("%(quantity)s (projected)") % {"quantity": label}
    return label


def edition_heading(edition: Any, language: str, since: bool = False) -> str:
    """'12 March 2024 edition (v2)', or with `since` 'Since the 12 March 2024 edition', in the language
    ('2024년 3월 12일 판', '2024년 3월 12일 판 이후'): What changed's headings and the feed's categories."""
    gettext = translations(language).gettext
    date = format_when(edition.date, language)
    if since:
        return gettext("Since the %(date)s edition") % {"date": date}
    if edition.tag:
        return gettext("%(date)s edition (%(tag)s)") % {"date": date, "tag": edition.tag}
    return gettext("%(date)s edition") % {"date": date}


def grade_words(grade: Any, language: str) -> tuple[str, str]:
    """An Admiralty grade as shown ('B2', 'B, information ungraded') and in words, for its tooltip."""
    from .derive import CREDIBILITY_SCALE, RELIABILITY_SCALE

    gettext = translations(language).gettext
    if grade.reliability and grade.credibility:
        compact = f"{grade.reliability}{grade.credibility}"
    elif grade.reliability:
        compact = gettext("%(grade)s, information ungraded") % {"grade": grade.reliability}
    elif grade.credibility:
        compact = gettext("source ungraded, %(grade)s") % {"grade": grade.credibility}
    else:
        compact = gettext("ungraded")
    source = (gettext("source %(grade)s: %(meaning)s") % {
        "grade": grade.reliability, "meaning": gettext(RELIABILITY_SCALE[grade.reliability]).lower()}
        if grade.reliability else gettext("source reliability ungraded"))
    information = (gettext("information %(grade)s: %(meaning)s") % {
        "grade": grade.credibility, "meaning": gettext(CREDIBILITY_SCALE[grade.credibility]).lower()}
        if grade.credibility else gettext("information credibility ungraded"))
    return compact, f"{source}; {information}"


def labels(language: str) -> dict[str, dict[str, str]]:
    """The stance, kind and status labels in a language, for templates."""
    gettext = translations(language).gettext
    return {"stance": {k: gettext(v) for k, v in STANCE_LABELS.items()},
            "kind": {k: gettext(v) for k, v in KIND_LABELS.items()},
            "status": {k: gettext(v) for k, v in STATUS_LABELS.items()},
            "change": {k: gettext(v) for k, v in CHANGE_LABELS.items()},
            "relation": {k: gettext(v) for k, v in RELATION_LABELS.items()},
            "confidence": {k: gettext(v) for k, v in CONFIDENCE_LABELS.items()},
            "field": {k: gettext(v) for k, v in FIELD_LABELS.items()},
            "confidence_level": {k: gettext(v) for k, v in CONFIDENCE_LEVELS.items()}}


# --- messages of the pages' scripts ---------------------------------------------------------

# What the classic scripts (assets/*.js) write, by key. Each page carries them translated in a
# <script type="application/json" id="briefing-messages"> block (no fetch: it works from file://);
# a script falls back to its own English words when the block is missing.
SCRIPT_MESSAGES: dict[str, str | tuple[str, str]] = {
    "search.kind.fact": N_("Fact"), "search.kind.source": N_("Source"), "search.kind.entity": N_("Entity"),
    "search.kind.topic": N_("Topic"), "search.kind.passage": N_("Passage"),
    "search.filter.kind.any": N_("All kinds"), "search.filter.kind.fact": N_("Facts"),
    "search.filter.kind.source": N_("Sources"), "search.filter.kind.entity": N_("Entities"),
    "search.filter.kind.topic": N_("Topics"), "search.filter.kind.passage": N_("Passages of archived texts"),
    "search.filter.stance.any": N_("Any stance"), "search.filter.stance.asserts": N_("Someone asserts"),
    "search.filter.stance.denies": N_("Someone denies"), "search.filter.stance.confirms": N_("Someone confirms"),
    "search.filter.stance.declines": N_("Someone declines to comment"),
    "search.filter.corroboration.any": N_("Any corroboration"),
    "search.filter.corroboration.single": N_("Single source"),
    "search.filter.corroboration.more": N_("Two or more independent sources"),
    "search.filter.topic.any": N_("All topics"),
    "search.paragraph": N_("%(source)s, paragraph %(number)s"),
    "search.archived": N_("Archived text · %(meta)s"),
    "search.cited": NP_("Cited by the fact ", "Cited by %(count)s facts, including "),
    "search.uncited": N_("No fact cites this passage yet."),
    "search.prompt": N_("Type to search %(total)s facts, sources, entities, topics and passages of the archived "
                        "texts."),
    "search.narrowed": N_(" (%(all)s without the filters)"),
    "search.results": NP_("%(count)s result for “%(query)s”", "%(count)s results for “%(query)s”"),
    "search.none": N_("No results for “%(query)s”"),
    "search.first": N_(", showing the first %(shown)s"),
    "search.partial": N_(" Part of the search index could not be loaded (%(failed)s); results are incomplete."),
    "search.all": N_("Show all %(count)s results"),
    "search.more": N_("Show %(count)s more"),
    "search.suggest": N_("Did you mean "),
    "search.suggest.count": NP_("? (%(count)s result)", "? (%(count)s results)"),
    "search.suggest.status": N_(" Did you mean “%(word)s”?"),
    "search.unavailable": N_("The search index (search-index.js) could not be loaded. Use the indexes below."),
    "preview.go": N_("Go to the fact"), "preview.grade": N_("Grade %(grade)s"),
    "preview.read": N_("Read the passage in the archived article"), "preview.fact": N_("Fact preview"),
    "preview.citation": N_("Citation preview"),
    "filter.showing": N_("Showing %(shown)s of %(total)s facts."),
    "views.chart": N_("Chart"), "views.table": N_("Table"),
}

# The plural rules a script can apply, by the catalogue's Plural-Forms expression.
_PLURAL_RULES = {"0": "none", "(n != 1)": "one", "n != 1": "one"}


def script_messages(language: str, keys: Iterable[str] | None = None) -> dict[str, Any]:
    """The scripts' messages in a language: text, or a list of plural forms with `_plural` saying how
    to choose ('one': form 0 for n = 1, else form 1; 'none': always form 0)."""
    found = translations(language)
    catalogue = read_catalogue(language)
    expression = "(n != 1)"
    if catalogue is not None:
        expression = catalogue.plural_expr.strip()
    out: dict[str, Any] = {"_plural": _PLURAL_RULES.get(expression, "one")}
    forms = catalogue.num_plurals if catalogue is not None else 2
    for key in (keys if keys is not None else SCRIPT_MESSAGES):
        message = SCRIPT_MESSAGES[key]
        if isinstance(message, str):
            out[key] = found.gettext(message)
        else:
            out[key] = [found.ngettext(message[0], message[1], n) for n in ((1, 2) if forms == 2 else (1,))]
    return out


# --- completeness ----------------------------------------------------------------------------

MessageKey = str | tuple[str, str]
_JINJA_OPTIONS = {"extensions": "jinja2.ext.i18n", "trim_blocks": "1", "lstrip_blocks": "1"}


def extract_messages(template_dirs: Iterable[Path]) -> dict[MessageKey, list[Location]]:
    """Every message of the templates (and of this module's labels), with where each is used.

    A template in an earlier folder hides the one of the same name in a later folder.
    """
    found: dict[MessageKey, list[Location]] = {}

    def add(message: Any, where: Location) -> None:
        key: MessageKey = message if isinstance(message, str) else (message[0], message[1])
        if key:
            found.setdefault(key, []).append(where)

    stored = _stored_extraction()
    chosen: dict[str, Path] = {}  # template name → the folder whose copy is used
    for folder in template_dirs:
        if folder.is_dir():
            for path in sorted(folder.rglob("*")):
                name = path.relative_to(folder).as_posix()
                if path.is_file() and path.suffix in (".html", ".xml") and name not in chosen:
                    chosen[name] = folder
    for name, folder in sorted(chosen.items()):
        path = folder / name
        known = stored.get(f"templates/{name}") if folder.resolve() == _PROJECT_TEMPLATES else None
        for lineno, message in _extract_file(path, "jinja2", known):
            add(message, Location(f"{folder.name}/{name}", lineno))
    for module in _modules_with_messages():
        for lineno, message in _extract_file(module, "python", stored.get(f"briefing/{module.name}")):
            add(message, Location(f"briefing/{module.name}", lineno))
    return found


_PROJECT_TEMPLATES = PROJECT_ROOT.resolve() / "templates"
_KEYWORDS = {"N_": None, "NP_": (1, 2), "gettext": None, "ngettext": (1, 2)}
# The messages of the project's own templates and modules, extracted ahead by `python -m
# briefing.precompile` (Babel parses every template to find them: a third of a second,
# which a cold build of a small site would otherwise pay for its catalogue check). Each file's
# entry is used only while the file's bytes have the digest it was extracted from.
STORED_MESSAGES = Path(__file__).resolve().parent / "compiled" / "messages.json"


def _extract_file(path: Path, method: str, known: dict[str, Any] | None) -> list[tuple[int, Any]]:
    """(line, message) of every message in one file; from `known` when it was made from these bytes."""
    data = path.read_bytes()
    if known is not None and known.get("sha256") == hashlib.sha256(data).hexdigest():
        return [(line, message if isinstance(message, str) else tuple(message))
                for line, message in known["messages"]]
    from babel.messages.extract import extract  # only for a file edited since it was extracted ahead

    options = {"options": _JINJA_OPTIONS} if method == "jinja2" else {"keywords": _KEYWORDS}
    return [(lineno, message) for lineno, message, _comments, _context
            in extract(method, io.BytesIO(data), **options)]  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def _stored_extraction() -> dict[str, Any]:
    try:
        found = json.loads(STORED_MESSAGES.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found.get("files", {}) if isinstance(found, dict) else {}


def stored_extraction() -> dict[str, Any]:
    """The content of compiled/messages.json as it should be now (written by `precompile`)."""
    files: dict[str, Any] = {}
    templates = PROJECT_ROOT / "templates"
    for path in sorted(templates.rglob("*")):
        if path.is_file() and path.suffix in (".html", ".xml") and "assets" not in path.relative_to(templates).parts:
            files[f"templates/{path.relative_to(templates).as_posix()}"] = path
    # The modules too: a module's entry that is stale (edited since) is simply extracted again,
    # so only the templates' entries must be kept current (tests/test_precompile.py).
    for module in _modules_with_messages():
        files[f"briefing/{module.name}"] = module
    out: dict[str, Any] = {}
    for key, path in files.items():
        messages = _extract_file(path, "python" if path.suffix == ".py" else "jinja2", None)
        out[key] = {"sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                    "messages": [[line, message] for line, message in messages]}
    return {"files": out}


def _modules_with_messages() -> list[Path]:
    """The package's modules that mark messages (tokenizing every module would take a second)."""
    return [path for path in sorted(Path(__file__).parent.glob("*.py"))
            if any(mark in path.read_text(encoding="utf-8") for mark in ("N_(", "NP_(", "gettext("))]


def check_catalogues(template_dirs: list[Path], languages: Iterable[str]) -> list[Problem]:
    """Every message must have a translation, not marked fuzzy, in each language's catalogue."""
    problems: list[Problem] = []
    wanted = [lang for lang in dict.fromkeys(primary(x) for x in languages) if lang != SOURCE_LANGUAGE]
    if not wanted:
        return problems
    messages = extract_messages(template_dirs)
    for language in wanted:
        path = catalogue_path(language)
        catalogue = read_catalogue(language)
        if catalogue is None:
            problems.append(error(Location(_shown(path)), f"no interface catalogue for language '{language}'",
                                  f"create it with: python -m briefing.i18n init {language}; then translate it"))
            continue
        shown = _shown(path)
        for key, used in sorted(messages.items(), key=lambda item: str(item[0])):
            msgid = key if isinstance(key, str) else key[0]
            entry = catalogue.get(key if isinstance(key, str) else key[0])
            name = msgid if isinstance(key, str) else f"{key[0]} / {key[1]}"
            if entry is None:
                problems.append(error(Location(shown),
                                      f"message '{name}' (used at {used[0]}) has no '{language}' translation",
                                      "run python -m briefing.i18n update, then translate the new entry"))
                continue
            strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
            where = Location(shown, entry.lineno or 0)
            if entry.fuzzy:
                problems.append(error(where, f"the '{language}' translation of message '{name}' is marked fuzzy",
                                      "check the translation, then remove the '#, fuzzy' line above it"))
            elif not all(strings):
                problems.append(error(where, f"message '{name}' (used at {used[0]}) has no '{language}' translation",
                                      "write the translation in its msgstr"))
    return problems


def check_catalogues_cached(template_dirs: list[Path], languages: Iterable[str], store: Any = None) -> list[Problem]:
    """`check_catalogues`, done again only when a template, a catalogue or the code changed.

    The result is kept in memory and, given the build's cache `store` (cache.Store, sealed), for
    the next process: extracting the messages (parsing every template) costs more than the rest of
    a small build.
    """
    wanted = tuple(dict.fromkeys(primary(x) for x in languages if primary(x) != SOURCE_LANGUAGE))
    if not wanted:
        return []
    files = [p for d in template_dirs if d.is_dir() for p in sorted(d.rglob("*")) if p.is_file()]
    files += sorted(LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")) + sorted(Path(__file__).parent.glob("*.py"))
    digest = hashlib.sha1(repr(wanted).encode())
    for path in files:
        st = path.stat()
        digest.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    stamp = digest.hexdigest()
    found = _checked.get(stamp)
    if found is None and store is not None:
        kept = store.load("catalogue-check.pickle")
        if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == stamp:
            found = kept[1]
    if found is None:
        found = tuple(check_catalogues(template_dirs, wanted))
        if store is not None:
            store.dump("catalogue-check.pickle", (stamp, found))
    _checked.clear()
    _checked[stamp] = found
    return list(found)


_checked: dict[str, tuple[Problem, ...]] = {}


def gettext_functions(language: str) -> tuple[Callable[[str], str], Callable[[str, str, int], str]]:
    """gettext and ngettext for a language."""
    found = translations(language)
    return found.gettext, found.ngettext


# --- maintaining the catalogues -------------------------------------------------------------

def _template_catalogue() -> Any:
    from babel.messages.catalog import Catalog

    template = Catalog(domain=DOMAIN, project="Briefing", charset="utf-8")
    for key, used in extract_messages([DEFAULT_TEMPLATES]).items():
        template.add(key, locations=[(loc.path, loc.line) for loc in used])
    return template


def update(languages: list[str] | None = None) -> list[str]:
    """Write messages.pot from the templates and merge it into the catalogues; returns what was written."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    template = _template_catalogue()
    written = []
    LOCALE_DIR.mkdir(parents=True, exist_ok=True)
    pot = LOCALE_DIR / f"{DOMAIN}.pot"
    with pot.open("wb") as handle:
        write_po(handle, template, width=100, omit_header=False, sort_output=True)
    written.append(_shown(pot))
    for language in languages or shipped_languages():
        path = catalogue_path(language)
        if path.is_file():
            with path.open("rb") as handle:
                catalogue = read_po(handle, locale=language, domain=DOMAIN)
        else:
            catalogue = Catalog(locale=language, domain=DOMAIN, project="Briefing", charset="utf-8",
                                fuzzy=False)
        catalogue.update(template, no_fuzzy_matching=False)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            write_po(handle, catalogue, width=100, sort_output=True, ignore_obsolete=True)
        written.append(_shown(path))
    forget_catalogues()
    return written


def main(argv: list[str]) -> int:
    """`python -m briefing.i18n update [LANG…]` / `init LANG` / `check [LANG…]`."""
    command, *args = argv or ["help"]
    if command in ("update", "init") and (command == "update" or args):
        for path in update(args or None):
            print(f"wrote {path}")
        return 0
    if command == "check":
        problems = check_catalogues([DEFAULT_TEMPLATES], args or shipped_languages())
        for problem in problems:
            print(problem.format())
        print(f"{len(problems)} problem(s) in the catalogues")
        return 1 if problems else 0
    print("usage: python -m briefing.i18n update [LANG...] | init LANG | check [LANG...]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
