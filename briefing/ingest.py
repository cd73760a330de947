"""`build.py new source ARTICLE.txt`: turn a saved article text into a source of the briefing.

The text is cleaned of web-page furniture (menus, advertisements, share widgets, "most popular"
lists, reaction counters), its metadata is detected (headline, byline, publication date,
publisher hints), and `content/sources/<id>.yaml` + `<id>.txt` are written. Every detection
keeps the line it came from, so the editor can check it; nothing is invented (no URL, no date
that is not printed), and what could not be found is listed for the editor to supply.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .fields import is_id, slugify
from .load import MAX_TEXT_BYTES, read_text
from .passages import normalize
from .problems import Location, Problem, error

# --- page furniture -------------------------------------------------------------------------
# Whole lines (after stripping) that web pages wrap around an article. They are matched
# case-insensitively and only as complete lines, so article prose is never cut mid-sentence.
_FURNITURE = [re.compile(p, re.IGNORECASE) for p in (
    r"[x×✕✖]",                                              # a dialog's close button
    r"no menu items!?", r"(main )?menu", r"search( for)?:?", r"(sign in|log ?in|subscribe)( now)?",
    r"(skip|jump) to (main )?content.*", r"quick access to .*", r"direct access to .*",
    r"-*\s*advertisement\s*-*", r"-*\s*sponsored( content)?\s*-*", r"ad",
    r"share( this( post| article| story)?| it on| on \w+)?:?", r"(print|email|e-mail|facebook|twitter|"
    r"linkedin|whatsapp|telegram|copy link)( this( article)?)?",
    r"comments?\s*\(?\d*\)?", r"\d+\s+comments?", r"(leave|post|write) a comment",
    r"[+-]?\d{1,6}",                                        # reaction counters, character limits
    r".{1,60}['’]s profile (image|picture|photo)",           # an author box (read for a hint first)
    r"more articles by this (writer|author|reporter).*", r"back to list", r"(read|see) more",
    r"more (in|from) [\w&' -]{1,40}?( more\.*)?",            # "More In Politics MORE..."
    r"podpis źródła zdjęcia", r"image caption", r"photo caption", r"caption placeholder",
)]
# Headings of lists of other articles: the heading and the headline-like lines under it go.
_LIST_HEADINGS = re.compile(
    r"(most (popular|read|viewed|shared)|related (posts|articles|stories|news)|recommended( for you)?|"
    r"you (may|might) also like|trending( now)?|top stories|latest news|editor'?s picks|popular articles)",
    re.IGNORECASE)

# --- metadata lines ---------------------------------------------------------------------------
_BYLINE = re.compile(r"^(?:by|written by)\s+(?P<names>[^()\n]+?)\s*(?:\((?P<contact>[^)]*)\))?\s*$",
                     re.IGNORECASE)
_DATELINE = re.compile(r"^(?P<label>first published|published|posted|date|updated|modified|last updated|"
                       r"기사입력|입력|등록|승인|수정|опубликовано|опубліковано|дата публикации|дата публікації|"
                       r"обновлено|оновлено)"
                       r"\s*(?:on)?\s*:?\s*(?P<rest>.+)$", re.IGNORECASE)
_UPDATE_LABELS = ("updated", "modified", "last updated", "수정", "обновлено", "оновлено")
_CREDIT = re.compile(r"^(?:source|sources|credit)\s*:\s*(?P<name>[^:]{1,60}?)\.?$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:©|ⓒ|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*)?(?P<name>[^.|]{2,60}?)"
                        r"(?:[.|].*)?$", re.IGNORECASE)
_PHOTO_CREDIT = re.compile(r"[©ⓒ]\s*(?P<name>[\w][\w .&-]{1,40}?)\s*$")
_CAPTION_CREDIT = re.compile(r"^\(?(?:(?:photo|image|picture)s?(?:graph)?\s*(?:by|:)|provided by|courtesy of)\b",
                             re.IGNORECASE)
_PROFILE = re.compile(r"^(?P<name>.{1,60}?)['’]s profile (?:image|picture|photo)$", re.IGNORECASE)
_PAGE_LINE = re.compile(r"\[p\. \d+\]")
# Starts only where a token starts (the lookbehind): otherwise every position of a long token is
# tried and scanned to its end, quadratic (80 KB of letters took 17 s).
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)+)")
_AGENCY_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{1,40}\((?P<agency>[A-Z][\w .]{1,30})\)\s*[-—–]+")

_MONTHS = {name: i + 1 for i, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december"))) for name in names}
_MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
         r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE_FORMS = [re.compile(p, re.IGNORECASE) for p in (
    _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})",
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})",
    r"(?<![\d.])(?P<year>(?:19|20)\d{2})[-./](?P<month>\d{1,2})[-./](?P<day>\d{1,2})(?![\d])",
    r"(?<![\w])" + _MONTH + r"\s+(?P<year>\d{4})",
)]
# Dates the English forms above miss: Korean (2024년 2월 16일), European numeric (16.02.2024) and
# Russian/Ukrainian month names (16 февраля 2024, 16 лютого 2024). The patterns find them (so a
# date is only read where one is written in full); dateparser reads the month names.
_FOREIGN_DATES = [re.compile(p, re.IGNORECASE) for p in (
    r"(?P<year>\d{4})\s*년\s*(?P<month>\d{1,2})\s*월\s*(?P<day>\d{1,2})\s*일",
    r"(?<![\d.])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d{2})(?![\dA-Za-z])",
    r"(?<![\w])(?P<day>\d{1,2})\s+(?P<mon>[а-яёіїєґ]{3,12})\.?\s+(?P<year>(?:19|20)\d{2})(?![\d])",
)]
_TIME_OR_ZONE = re.compile(r"^[\s,–—-]*(\d{1,2}:\d{2}(:\d{2})?\s*(am|pm|[a-z]{2,4})?)?\s*$", re.IGNORECASE)
_RELATIVE_DATES = re.compile(
    r"\b(last (?:week|month|year)|this (?:week|month|year)|on the \d{1,2}(?:st|nd|rd|th)|"
    r"(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|over the weekend|yesterday)\b",
    re.IGNORECASE)

_ORG_WORDS = {"press", "news", "agency", "reuters", "staff", "times", "herald", "post", "daily", "wire",
              "correspondent", "reporter", "reporters", "desk", "editorial", "board"}
_TITLE_STOPWORDS = {"a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "as", "at", "by", "with",
                    "from", "is", "are", "has", "have", "its", "it"}
_ENGLISH = {"the", "and", "of", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "said",
            "by", "has", "have", "are", "from"}


@dataclass(frozen=True, slots=True)
class Outlet:
    """A news organisation the detector recognises by name, credit line or e-mail domain."""

    name: str
    slug: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    photo_agency: bool = False


# Outlets seen in this briefing's field (Korean and international press, wires, broadcasters).
# A match is only ever a hint or an *inferred* value with its reasoning: the editor confirms it.
OUTLETS = (
    Outlet("The Korea Herald", "korea-herald", ("Korea Herald",), ("heraldcorp.com", "koreaherald.com")),
    Outlet("The Korea Times", "korea-times", ("Korea Times",), ("koreatimes.co.kr",)),
    Outlet("The Dong-A Ilbo", "donga", ("Donga", "Dong-A Ilbo", "DongA"), ("donga.com",)),
    Outlet("The Chosun Ilbo", "chosun", ("Chosun Ilbo", "Chosun"), ("chosun.com",)),
    Outlet("Korea JoongAng Daily", "joongang", ("JoongAng Daily", "JoongAng Ilbo"), ("joongang.co.kr",)),
    Outlet("The Hankyoreh", "hankyoreh", ("Hankyoreh",), ("hani.co.kr",)),
    Outlet("Yonhap News Agency", "yonhap", ("Yonhap",), ("yna.co.kr",)),
    Outlet("Newsis", "newsis", (), ("newsis.com",), photo_agency=True),
    Outlet("NK News", "nk-news", (), ("nknews.org",)),
    Outlet("Associated Press", "ap", ("AP",), ("apnews.com", "ap.org")),
    Outlet("Reuters", "reuters", (), ("reuters.com", "thomsonreuters.com")),
    Outlet("Agence France-Presse", "afp", ("AFP",), ("afp.com",)),
    Outlet("Financial Times", "financial-times", (), ("ft.com",)),
    Outlet("Voice of America", "voa", ("VOA",), ("voanews.com",)),
    Outlet("CBS News", "cbs", ("CBS",), ("cbsnews.com",)),
    Outlet("BBC", "bbc", ("BBC News",), ("bbc.co.uk", "bbc.com")),
    Outlet("CNN", "cnn", (), ("cnn.com",)),
    Outlet("The New York Times", "nyt", ("New York Times",), ("nytimes.com",)),
    Outlet("The Washington Post", "washington-post", ("Washington Post",), ("washingtonpost.com",)),
    Outlet("RIA Novosti", "ria-novosti", (), ("ria.ru",)),
    Outlet("TASS", "tass", (), ("tass.com", "tass.ru")),
    Outlet("Korean Central News Agency", "kcna", ("KCNA",), ("kcna.kp",)),
    Outlet("Kyiv Independent", "kyiv-independent", (), ("kyivindependent.com",)),
    Outlet("Getty Images", "getty-images", ("Getty",), ("gettyimages.com",), photo_agency=True),
)


@dataclass(frozen=True, slots=True)
class Detected:
    """A detected value, the article line it came from (1-based), and why when it is inferred."""

    value: str
    line: int
    evidence: str
    inferred: str = ""


@dataclass(slots=True)
class Article:
    """What the detector found in an article text."""

    text: str
    title: Detected | None = None
    authors: list[Detected] = field(default_factory=list)
    published: Detected | None = None
    publisher: Detected | None = None
    via: Detected | None = None
    language: str = ""
    removed: list[tuple[int, str]] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)
    url: Detected | None = None  # only from a saved page that states its own address
    kind: str = "text"           # text | web page | PDF


@dataclass(frozen=True, slots=True)
class Ingested:
    """The written source: its id, the files, the detections and what the editor must check."""

    source_id: str
    yaml_path: Path
    text_path: Path
    article: Article
    checks: tuple[str, ...]


# --- detection --------------------------------------------------------------------------------

def _is_furniture(line: str) -> bool:
    return any(p.fullmatch(line) for p in _FURNITURE)


def _is_sentence(line: str) -> bool:
    """Prose rather than a label or headline: ends like a sentence or is long."""
    return line.rstrip().endswith((".", "。")) or len(line.split()) > 25


def parse_date(text: str) -> tuple[str, re.Match[str]] | None:
    """The first real calendar date written in `text`, as EDTF (`2024-02-16`, or `2024-02`)."""
    for form in _DATE_FORMS:
        for match in form.finditer(text):
            parts = match.groupdict()
            month = _MONTHS[parts["mon"].lower()] if parts.get("mon") else int(parts["month"])
            year = int(parts["year"])
            if not parts.get("day"):
                if 1 <= month <= 12:
                    return f"{year:04d}-{month:02d}", match
                continue
            try:
                day = dt.date(year, month, int(parts["day"]))
            except ValueError:
                continue
            return day.isoformat(), match
    return _foreign_date(text)


def _foreign_date(text: str) -> tuple[str, re.Match[str]] | None:
    """A Korean, European numeric or Russian/Ukrainian date written in full, else None."""
    for form in _FOREIGN_DATES:
        for match in form.finditer(text):
            parts = match.groupdict()
            if parts.get("mon"):
                import dateparser  # heavy: only when a Cyrillic month name may be there

                read = dateparser.parse(match.group(0), languages=["ru", "uk"],
                                        settings={"DATE_ORDER": "DMY", "STRICT_PARSING": True})
                if read is None:
                    continue
                return read.date().isoformat(), match
            try:
                day = dt.date(int(parts["year"]), int(parts["month"]), int(parts["day"]))
            except ValueError:
                continue
            return day.isoformat(), match
    return None


_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN_LETTERS = re.compile(r"[ыэъёЫЭЪЁ]")


def detect_language(text: str) -> str:
    """The text's language: by script first (Hangul → ko, Cyrillic → uk or ru by their own letters),
    English by its common words, other Latin-script text by a small model (py3langid); '' if unsure."""
    letters = sum(1 for ch in text if ch.isalpha())
    if not letters:
        return ""
    if len(_HANGUL.findall(text)) / letters > 0.3:
        return "ko"
    if len(_CYRILLIC.findall(text)) / letters > 0.3:
        ukrainian, russian = len(_UKRAINIAN_LETTERS.findall(text)), len(_RUSSIAN_LETTERS.findall(text))
        return "uk" if ukrainian > russian else "ru"
    words = re.findall(r"[a-z]+", text.lower())
    if words and sum(w in _ENGLISH for w in words) / len(words) >= 0.08:
        return "en"
    if len(words) < 5:
        return ""
    import py3langid  # a small model shipped in the package (numpy): only for non-English Latin text

    language, _score = py3langid.classify(text)
    return language if re.fullmatch(r"[a-z]{2,3}", language) else ""


def transliterate(text: str) -> str:
    """ASCII for an id: Unidecode's transliteration (북한 → bughan, Ålesund → Alesund, Ukraïna → Ukraina),
    with possessive 's dropped."""
    from unidecode import unidecode  # only ingest proposes ids from non-ASCII text

    return unidecode(re.sub(r"['’]s\b", "", text))


def is_metadata_line(line: str) -> bool:
    """A byline, dateline or credit line: part of the archived text, but not article prose."""
    stripped = line.strip()
    if _CREDIT.match(stripped) or _PROFILE.match(stripped) or _CAPTION_CREDIT.match(stripped):
        return True
    if _PAGE_LINE.fullmatch(stripped):  # a PDF's page line, written by read_pdf
        return True
    byline = _BYLINE.match(stripped)
    if byline and _names(byline.group("names")):
        return True
    dateline = _DATELINE.match(stripped)
    return bool(dateline and parse_date(dateline.group("rest")))


def _names(text: str) -> list[str]:
    """Personal names in a byline ('Kim A and Lee B'); [] when it does not read like names."""
    names = []
    for part in re.split(r",|\band\b|&", text):
        words = part.split()
        if not words or len(words) > 5:
            continue
        if any(w.lower().strip(".") in _ORG_WORDS for w in words):
            continue
        if not all(w[0].isupper() or w.lower() in {"de", "van", "von", "bin", "al", "da", "le"} for w in words):
            return []
        if any(ch.isdigit() for ch in part):
            return []
        names.append(" ".join(words))
    return names


def _outlet_named(text: str) -> Outlet | None:
    key = text.strip().strip(".").lower()
    for outlet in OUTLETS:
        if key == outlet.name.lower() or key in (a.lower() for a in outlet.aliases) or \
                key == outlet.name.lower().removeprefix("the "):
            return outlet
    return None


def _outlet_for_domain(domain: str) -> Outlet | None:
    domain = domain.lower()
    for outlet in OUTLETS:
        if any(domain == d or domain.endswith("." + d) for d in outlet.domains):
            return outlet
    return None


def _mentions(lines: list[tuple[int, str]]) -> list[tuple[Outlet, int]]:
    found: dict[str, tuple[Outlet, int]] = {}
    for outlet in OUTLETS:
        names = [outlet.name.removeprefix("The "), *outlet.aliases]
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
        for number, line in lines:
            if pattern.search(line):
                found.setdefault(outlet.slug, (outlet, number))
                break
    return sorted(found.values(), key=lambda pair: pair[1])


def clean(raw: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """Split an article into kept and removed lines (each with its 1-based line number)."""
    lines = list(enumerate(raw.split("\n"), start=1))
    kept: list[tuple[int, str]] = []
    removed: list[tuple[int, str]] = []
    in_list = False
    for number, line in lines:
        stripped = line.strip()
        if not stripped:
            kept.append((number, ""))
            continue
        if _LIST_HEADINGS.fullmatch(stripped):
            in_list = True
            removed.append((number, stripped))
            continue
        if in_list and not _is_sentence(stripped):
            removed.append((number, stripped))  # a headline in a list of other articles
            continue
        in_list = False
        if _is_furniture(stripped):
            removed.append((number, stripped))
            continue
        previous = next((text for _n, text in reversed(kept) if text), None)
        if previous is not None and previous.strip() == stripped:
            removed.append((number, stripped))  # a caption or teaser printed twice
            continue
        kept.append((number, line.rstrip()))
    # Section labels ("Politics") above the headline: short lines before the first real line.
    while True:
        content = [(i, n, t) for i, (n, t) in enumerate(kept) if t]
        if len(content) < 2:
            break
        index, number, text = content[0]
        if len(text.split()) > 2 or _is_sentence(text) or is_metadata_line(text):
            break
        removed.append((number, text.strip()))
        del kept[index]
    removed.sort()
    return kept, removed


def _join(kept: list[tuple[int, str]]) -> str:
    """The archived text: kept lines, runs of blank lines collapsed, one final newline."""
    out: list[str] = []
    for _number, text in kept:
        if not text and (not out or not out[-1]):
            continue
        out.append(text)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n" if out else ""


def analyse(raw: str) -> Article:
    """Clean an article text and detect its metadata."""
    all_lines = list(enumerate(raw.split("\n"), start=1))
    kept, removed = clean(raw)
    article = Article(_join(kept), removed=removed)
    content = [(n, t.strip()) for n, t in kept if t.strip()]

    first = content[0] if content else None
    if first and not _is_sentence(first[1]) and not is_metadata_line(first[1]) and \
            2 <= len(first[1].split()) <= 30 and any(ch.isalpha() for ch in first[1]):
        article.title = Detected(first[1], first[0], first[1])
    elif first:
        # No headline printed: propose the lead sentence, marked as inferred for the editor.
        lead = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", first[1])[0].rstrip(".")
        article.title = Detected(lead, first[0], first[1],
                                 "No headline is printed; this title is the article's lead sentence.")

    _detect_people_and_dates(article, content, all_lines)
    _detect_publisher(article, content, all_lines)
    article.language = detect_language(article.text)
    return article


def _detect_people_and_dates(article: Article, content: list[tuple[int, str]],
                             all_lines: list[tuple[int, str]]) -> None:
    seen: set[str] = set()
    for number, text in content:
        byline = _BYLINE.match(text)
        if byline:
            for name in _names(byline.group("names")):
                if name not in seen:
                    seen.add(name)
                    article.authors.append(Detected(name, number, text))
    if not article.authors:
        for number, text in all_lines:
            profile = _PROFILE.match(text.strip())
            if profile:
                name = profile.group("name").strip()
                article.authors.append(Detected(name, number, text.strip(), (
                    f"No byline is printed; the page's author box (removed as furniture) read "
                    f"\"{text.strip()}\", taken to be the reporter's profile.")))
                break

    header = content[:6]
    for number, text in content:
        dateline = _DATELINE.match(text)
        if not dateline:
            continue
        found = parse_date(dateline.group("rest"))
        if found is None:
            continue
        label = dateline.group("label").lower()
        if label in _UPDATE_LABELS:
            article.hints.append(f"line {number}: updated {found[0]} (\"{text}\"); "
                                 "the publication date may be earlier")
            continue
        if article.published is None:
            article.published = Detected(found[0], number, text)
    if article.published is None:
        for number, text in header:  # a header line that is only a date
            found = parse_date(text)
            if found and not text[:found[1].start()].strip() and _TIME_OR_ZONE.match(text[found[1].end():]):
                article.published = Detected(found[0], number, text)
                break
    for number, text in content:
        if article.published is not None and number == article.published.line:
            continue
        found = parse_date(text)
        if found:
            article.hints.append(f"line {number}: a date {found[0]} (\"{found[1].group(0)}\") in the text; "
                                 "it may date an event or a photo, not the article")
    if article.published is None:
        relative = list(dict.fromkeys(m.group(0).lower() for _n, t in content for m in _RELATIVE_DATES.finditer(t)))
        if relative:
            article.hints.append("relative dates in the text (" + ", ".join(f"\"{r}\"" for r in relative[:6]) +
                                 ") can date the article once the events are identified")


def _detect_publisher(article: Article, content: list[tuple[int, str]],
                      all_lines: list[tuple[int, str]]) -> None:
    for number, text in content:
        credit = _CREDIT.match(text)
        if credit and article.publisher is None:
            printed = credit.group("name").strip()
            outlet = _outlet_named(printed)
            if outlet and outlet.name.lower() != printed.lower():
                article.publisher = Detected(outlet.name, number, text, (
                    f"The text ends with the credit line \"{text}\", read as {outlet.name}."))
            else:
                article.publisher = Detected(printed, number, text)
        copyright_line = _COPYRIGHT.match(text)
        if copyright_line and article.publisher is None and len(text) < 100:
            article.publisher = Detected(copyright_line.group("name").strip(), number, text)
        agency = _AGENCY_DATELINE.match(text)
        if agency and article.via is None:
            outlet = _outlet_named(agency.group("agency"))
            article.via = Detected(outlet.name if outlet else agency.group("agency").strip(), number,
                                   text[:agency.end()].strip())
        photo = _PHOTO_CREDIT.search(text)
        if photo and not copyright_line:
            outlet = _outlet_named(photo.group("name"))
            article.hints.append(f"line {number}: photo credit \"{photo.group(0).strip()}\""
                                 f"{' (' + outlet.name + ')' if outlet else ''}: it names who supplied the "
                                 "photo, not necessarily the publisher")
    for number, text in all_lines:
        for email in _EMAIL.finditer(text):
            domain = email.group("domain")
            outlet = _outlet_for_domain(domain)
            if outlet and article.publisher is None:
                article.publisher = Detected(outlet.name, number, text.strip(), (
                    f"The publisher's name is not printed; it is inferred from the contact address "
                    f"{email.group(0)} (the domain {domain} is {outlet.name}'s)."))
            else:
                article.hints.append(f"line {number}: contact address {email.group(0)}"
                                     f"{' (' + outlet.name + ')' if outlet else ''}")
    publisher_slug = _outlet_named(article.publisher.value).slug if article.publisher and \
        _outlet_named(article.publisher.value) else ""
    mentions = [(o, n) for o, n in _mentions(content) if o.slug != publisher_slug and not o.photo_agency]
    if mentions:
        article.hints.append("other outlets named in the text: " +
                             ", ".join(f"{o.name} (line {n})" for o, n in mentions) +
                             "; if the article relays one of them, set via:")


# --- the source id and files ------------------------------------------------------------------

def propose_id(article: Article) -> str:
    """`<publisher>-<date>`, falling back on the headline's first words for what is missing."""
    parts: list[str] = []
    if article.publisher:
        outlet = _outlet_named(article.publisher.value)
        parts.append(outlet.slug if outlet else slugify(transliterate(article.publisher.value.removeprefix("The "))))
    if (not article.published or not article.publisher) and article.title:
        title = article.title.value if article.title.value.isascii() else transliterate(article.title.value)
        words = [w for w in re.findall(r"[A-Za-z0-9]+", title) if w.lower() not in _TITLE_STOPWORDS]
        parts.append(slugify(" ".join(words[:4])))
    if article.published:
        parts.append(article.published.value)
    slug = slugify("-".join(p for p in parts if p))
    return slug if slug != "id" else "article"


def _scalar(value: str) -> str:
    """A YAML scalar that reads back as exactly this string (quoted where YAML would retype it)."""
    dumped = yaml.safe_dump(value, allow_unicode=True, width=1_000_000, default_flow_style=True)
    return dumped.removesuffix("\n...\n").removesuffix("\n")


def source_yaml(article: Article, article_name: str) -> str:
    """The metadata file for a detected article, in the field order of docs/format.md."""
    lines: list[str] = []
    if article.title:
        lines.append(f"title: {_scalar(article.title.value)}")
    if article.publisher:
        lines.append(f"publisher: {_scalar(article.publisher.value)}")
    if article.authors:
        lines.append("authors: [" + ", ".join(_scalar(a.value) for a in article.authors) + "]")
    if article.published:
        lines.append(f"published: {article.published.value}")
    if article.language:
        lines.append(f"language: {article.language}")
    if article.via:
        lines.append(f"via: {_scalar(article.via.value)}")
    if article.url:
        lines.append(f"url: {_scalar(article.url.value)}")
    inferred = {"title": article.title, "publisher": article.publisher,
                "authors": article.authors[0] if article.authors else None, "published": article.published}
    reasons = {name: d.inferred for name, d in inferred.items() if d is not None and d.inferred}
    if reasons:
        lines.append("inferred:")
        lines.extend(f"  {name}: {_scalar(reason)}" for name, reason in reasons.items())
    note = f"Ingested from {article_name} ({article.kind}) with build.py new source." if article.kind != "text" \
        else f"Ingested from {article_name} with build.py new source."
    if article.removed:
        counts: dict[str, int] = {}
        for _number, text in article.removed:
            counts[text] = counts.get(text, 0) + 1
        note += " Removed as page furniture: " + ", ".join(
            f"\"{text}\"" + (f" ({count}×)" if count > 1 else "") for text, count in counts.items()) + "."
    lines.append(f"note: {_scalar(note)}")
    # The archive's fingerprint: `check` reports any later change to the archived text.
    lines.append(f"sha256: {hashlib.sha256(article.text.encode('utf-8')).hexdigest()}")
    return "\n".join(lines) + "\n"


def checks_for(article: Article, source_id: str) -> list[str]:
    """What the editor must still check or supply, most important first."""
    checks: list[str] = []
    title = article.title
    if title is not None and title.inferred:
        checks.append("no headline is printed: the title is the lead sentence; shorten it to a descriptive "
                      "title and keep the reason under inferred.title")
    if article.published is None:
        checks.append("no publication date is printed: work it out from the text, write published: "
                      "(partial is fine, e.g. 2024-02) and explain how under inferred.published")
    if article.publisher is None:
        checks.append("no publisher is printed: add publisher: if you know it, or say in note: why it is unknown")
    for name, detected in (("publisher", article.publisher), ("authors", article.authors[0] if article.authors
                                                                      else None)):
        if detected is not None and detected.inferred:
            checks.append(f"{name} is inferred ({detected.value}): confirm it, or remove it and its "
                          f"inferred.{name} line")
    if not article.authors:
        checks.append("no byline found: add authors: only if the article names them")
    if not article.language:
        checks.append("could not tell the text's language: set language: (e.g. ko, ru)")
    if article.removed:
        checks.append(f"compare content/sources/{source_id}.txt with the article: only page furniture should "
                      "be gone (listed in note:)")
    if article.url:
        checks.append(f"url is the address the page states ({article.url.evidence}); add accessed: with the "
                      "date you saved it")
    else:
        checks.append("add url: only if you know the article's address (never guess one), and accessed: with "
                      "the date you read it")
    checks.append("set reliability: (A–F) if the briefing grades its sources")
    return checks


def ingest(article_path: Path, site_dir: Path, source_id: str | None = None) -> tuple[Ingested | None,
                                                                                      list[Problem]]:
    """Read an article text, detect its metadata and write it into the site's content/sources/."""
    problems: list[Problem] = []
    shown = str(article_path)
    suffix = article_path.suffix.lower()
    if suffix in (".html", ".htm", ".pdf"):
        found, problems = read_page(article_path) if suffix != ".pdf" else read_pdf(article_path)
        if found is None:
            return None, problems
        article = found
    else:
        raw = read_text(article_path.parent, article_path, MAX_TEXT_BYTES, problems)
        if raw is None:
            return None, problems
        if not raw.strip():
            return None, [error(Location(shown), "the article file is empty",
                                "save the article's text into the file first")]
        article = analyse(raw)
    if not article.text.strip() or article.title is None:
        return None, [error(Location(shown), "nothing is left of the article after removing page furniture",
                            "check that the file holds the article's text, not only the page around it")]
    sources = site_dir / "content" / "sources"
    source_id = source_id or propose_id(article)
    if not is_id(source_id):
        return None, [error(Location(shown), f"'{source_id}' is not a valid source id",
                            f"use lowercase letters, digits and hyphens, e.g. --id {slugify(source_id)}")]
    yaml_path, text_path = sources / f"{source_id}.yaml", sources / f"{source_id}.txt"
    for path in (yaml_path, text_path):
        if path.exists() or path.is_symlink():
            return None, [error(Location(path.relative_to(site_dir).as_posix()),
                                f"source '{source_id}' already exists; nothing was written",
                                f"choose another id with --id, e.g. --id {source_id}-2")]
    wanted = normalize(article.text)
    for existing in sorted(sources.glob("*.txt")) if sources.is_dir() else ():
        try:
            same = normalize(existing.read_text(encoding="utf-8")) == wanted
        except (OSError, UnicodeDecodeError):
            continue
        if same:
            return None, [error(Location(existing.relative_to(site_dir).as_posix()),
                                "this article is already archived under another id; nothing was written",
                                f"use the existing source '{existing.stem}'")]
    sources.mkdir(parents=True, exist_ok=True)
    # 'x' mode: never replace a file that appeared since the checks above.
    with text_path.open("x", encoding="utf-8", newline="\n") as stream:
        stream.write(article.text)
    with yaml_path.open("x", encoding="utf-8", newline="\n") as stream:
        stream.write(source_yaml(article, article_path.name))
    return Ingested(source_id, yaml_path, text_path, article, tuple(checks_for(article, source_id))), []


# --- saved web pages and PDF reports ----------------------------------------------------------

def _read_bytes(path: Path) -> tuple[bytes | None, list[Problem]]:
    where = Location(str(path))
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES * 4:
            return None, [error(where, f"file is {size / 1048576:.1f} MB, over the "
                                f"{MAX_TEXT_BYTES * 4 // 1048576} MB limit for a page or report",
                                "check that it is the file you meant")]
        return path.read_bytes(), []
    except OSError as exc:
        return None, [error(where, f"cannot read file: {exc.strerror}", "check its permissions")]


def _paragraphs(text: str) -> str:
    """One paragraph per line as extracted, written with a blank line between them (as a saved text is)."""
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip()) + "\n"


def read_page(path: Path) -> tuple[Article | None, list[Problem]]:
    """A saved web page: the article's text with page furniture removed by trafilatura, and its headline,
    byline, date (htmldate, from the markup only), site name, language and address as the page states them."""
    data, problems = _read_bytes(path)
    if data is None:
        return None, problems
    import trafilatura  # heavy (lxml and its extractors): only when a page is ingested
    from htmldate import find_date

    html = data.decode("utf-8", errors="replace")
    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True,
                                           favor_precision=True)
    values = document.as_dict() if document is not None and hasattr(document, "as_dict") else (document or {})
    body = (values.get("text") or "").strip()
    if not body:
        return None, [error(Location(str(path)), "no article text found in this page",
                            "save the article's own page (not a front page or a list of articles), or copy its "
                            "text into a .txt file")]
    title = (values.get("title") or "").strip()
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    if title and lines and lines[0] == title:
        lines = lines[1:]
    text = _paragraphs("\n".join(([title] if title else []) + lines))
    article = Article(text, kind="web page")
    if title:
        article.title = Detected(title, 0, "the page's headline markup (og:title, <title> or <h1>)")
    for name in re.split(r"\s*;\s*", values.get("author") or ""):
        if name:
            article.authors.append(Detected(name, 0, "the page's author markup"))
    # Only dates the markup states: no guessing from the text or the address.
    day = find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    if day:
        article.published = Detected(day, 0, "the page's date markup (htmldate, markup only)")
    site_name = (values.get("sitename") or "").strip()
    if site_name and not re.fullmatch(r"[\w.-]+\.[a-z]{2,}", site_name):  # a bare host name is not a name
        outlet = _outlet_named(site_name)
        article.publisher = Detected(outlet.name if outlet else site_name, 0, "the page's site name (og:site_name)")
    stated = _stated_address(html)
    if stated:
        article.url = Detected(stated[0], 0, stated[1])
    lang = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?", html, re.IGNORECASE)
    article.language = lang.group(1).lower() if lang else detect_language(text)
    article.hints.append("the text was extracted from the page's markup by trafilatura: compare it with the page")
    return article, []


def _stated_address(html: str) -> tuple[str, str] | None:
    """The address a page states for itself: <link rel=canonical>, else og:url (never inferred)."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError):
        return None
    for xpath, evidence in (("//link[@rel='canonical']/@href", "<link rel=\"canonical\">"),
                            ("//meta[@property='og:url']/@content", "<meta property=\"og:url\">")):
        for value in tree.xpath(xpath):
            value = str(value).strip()
            if value.startswith(("https://", "http://")):
                return value, evidence
    return None


def read_pdf(path: Path) -> tuple[Article | None, list[Problem]]:
    """A PDF report: its text page by page (pypdf), each page opened by a `[p. N]` line so quotes can be
    located by page; title and author from the document's metadata."""
    data, problems = _read_bytes(path)
    if data is None:
        return None, problems
    import io
    import logging

    from pypdf import PdfReader

    # pypdf logs what it repairs ("EOF marker not found") to stderr: the problem below says it.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
    except Exception as exc:  # a damaged PDF made pypdf raise AttributeError, LimitReachedError…
        return None, [error(Location(str(path)), f"cannot read this PDF: {str(exc)[:200]}",
                            "check that the file is a complete PDF (download it again)")]
    if not any(p.strip() for p in pages):
        return None, [error(Location(str(path)), "this PDF has no text layer (a scan?)",
                            "run OCR on it first, or copy its text into a .txt file")]
    title = str(info.get("/Title") or "").strip()
    first_line = next((line.strip() for p in pages for line in p.split("\n") if line.strip()), "")
    parts = [title or first_line, ""]
    for number, page in enumerate(pages, start=1):
        if page.strip():
            lines = [line.rstrip() for line in page.split("\n")]
            parts += [f"[p. {number}]", "\n".join(lines).strip(), ""]
    text = "\n".join(parts).rstrip() + "\n"
    article = Article(text, kind="PDF")
    article.title = Detected(title or first_line, 1, "the PDF's title" if title else "the first line of page 1",
                             "" if title else "The PDF has no title in its metadata; this is the first line "
                             "of its first page.")
    author = str(info.get("/Author") or "").strip()
    if author:
        article.authors.append(Detected(author, 0, "the PDF's author"))
    for number, page in enumerate(pages, start=1):
        found = parse_date(page)
        if found:
            article.hints.append(f"page {number}: a date {found[0]} (\"{found[1].group(0)}\"); the report's date "
                                 "is usually on its cover")
            break
    article.language = detect_language(text)
    return article, []


def describe(ingested: Ingested, site_dir: Path) -> list[str]:
    """The lines printed after an ingest: what was written and detected (the checks follow separately)."""
    article = ingested.article

    def where(detected: Detected) -> str:
        if detected.line == 0:  # from a page's markup or a PDF's metadata, not from a line of the text
            return detected.evidence
        how = "inferred from line" if detected.inferred else "line"
        return f"{how} {detected.line}: \"{_shorten(detected.evidence)}\""

    def rel(path: Path) -> str:
        try:
            return path.relative_to(site_dir).as_posix()
        except ValueError:
            return str(path)

    lines = [f"New source '{ingested.source_id}':",
             f"  wrote {rel(ingested.yaml_path)} and {rel(ingested.text_path)}"]
    rows: list[tuple[str, str]] = []
    if article.title:
        rows.append(("title", f"{article.title.value}  ({where(article.title)})"))
    for author in article.authors:
        rows.append(("author", f"{author.value}  ({where(author)})"))
    if article.published:
        rows.append(("published", f"{article.published.value}  ({where(article.published)})"))
    if article.publisher:
        rows.append(("publisher", f"{article.publisher.value}  ({where(article.publisher)})"))
    if article.via:
        rows.append(("via", f"{article.via.value}  ({where(article.via)})"))
    rows.append(("language", article.language or "not detected"))
    if article.url:
        rows.append(("url", f"{article.url.value}  ({article.url.evidence})"))
    if article.removed:
        rows.append(("removed", "; ".join(f"line {n} \"{_shorten(t, 40)}\"" for n, t in article.removed)))
    lines.append("Detected:")
    lines.extend(f"  {label:<10} {value}" for label, value in rows)
    if article.hints:
        lines.append("Hints:")
        lines.extend(f"  - {hint}" for hint in article.hints)
    return lines


def _shorten(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
