"""Stage 3, check: the Briefing → problems across objects (references, quotes, dates, unused).

An ordered list of small named checks; each takes the Briefing and yields Problems.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator

from .derive import SUPPORTING, standing
from .fields import MarkdownText, Ref, did_you_mean
from .model import Briefing, Citation, Fact, FactMemo, KeyJudgment, Related, Source
from .passages import closest_passage, normalize, occurrences
from .problems import Problem, error, warning


def _missing(briefing: Briefing, kind: str, ident: str, known: Iterable[str]) -> bool:
    """True when the id is unknown and no unreadable file could be hiding it."""
    hidden_in = "topic" if kind == "fact" else kind
    return ident not in known and hidden_in not in briefing.unreadable


def _unknown(ref: Ref, kind: str, known: Iterable[str]) -> Problem:
    hint = did_you_mean(ref.id, tuple(known)) or f"add the {kind}, or correct the id"
    return error(ref.at, f"unknown {kind} '{ref.id}'", hint)


def _facts(briefing: Briefing) -> Iterator[Fact]:
    for topic in briefing.topics.values():
        yield from topic.facts


_REFERENCES: FactMemo[list[Problem]] = FactMemo()
_TRANSLATED_QUOTES: FactMemo[list[Problem]] = FactMemo()


def check_topics_listed(briefing: Briefing) -> Iterator[Problem]:
    """Every topic in site.yaml exists, and every topic file is listed there."""
    listed = set()
    for ref in briefing.site.topics:
        if ref.id in listed:
            yield error(ref.at, f"topic '{ref.id}' is listed twice", "list each topic once")
        listed.add(ref.id)
        if _missing(briefing, "topic", ref.id, briefing.topics):
            yield _unknown(ref, "topic", briefing.topics)
    if briefing.site.topics:
        for topic in briefing.topics.values():
            if topic.id not in listed:
                yield warning(topic.at, f"topic '{topic.id}' is not listed in site.yaml 'topics'",
                              f"add {topic.id} to the topics list to choose its place; it is shown last")


def check_references(briefing: Briefing) -> Iterator[Problem]:
    """Every id a fact, entity or key judgment names exists."""
    entities, facts, sources = briefing.entities, briefing.facts, briefing.sources
    for entity in entities.values():
        if entity.country and _missing(briefing, "entity", entity.country.id, entities):
            yield _unknown(entity.country, "entity", entities)
    for judgment in briefing.site.key_judgments:
        for ref in judgment.facts:
            if _missing(briefing, "fact", ref.id, facts):
                yield _unknown(ref, "fact", facts)
    # What a fact's references are checked against: the ids (and the kinds, for via) they may name.
    context = (tuple(entities), tuple(e.kind for e in entities.values()), tuple(facts), tuple(sources),
               frozenset(briefing.unreadable))
    found = _REFERENCES.run_topics(briefing.topics.values(), context,
                                   lambda fact: list(_fact_references(briefing, fact)))
    for problems in found:
        yield from problems


def _fact_references(briefing: Briefing, fact: Fact) -> Iterator[Problem]:
    entities, facts, sources = briefing.entities, briefing.facts, briefing.sources
    refs = list(fact.entities) + [p.actor for p in fact.positions]
    if fact.transfer:
        refs += [r for r in (fact.transfer.item, fact.transfer.supplier, fact.transfer.recipient) if r]
    for ref in refs:
        if _missing(briefing, "entity", ref.id, entities):
            yield _unknown(ref, "entity", entities)
    for position in fact.positions:
        for ref in position.via:
            if _missing(briefing, "entity", ref.id, entities):
                yield _unknown(ref, "entity", entities)
            elif ref.id in entities and entities[ref.id].kind != "outlet":
                yield error(ref.at, f"'{ref.id}' in via is a {entities[ref.id].kind}, not an outlet",
                            "via lists the outlets (kind: outlet) that relayed the statement; "
                            "give the entity kind: outlet, or name the outlet")
    for citation in fact.citations:
        if _missing(briefing, "source", citation.source.id, sources):
            yield _unknown(citation.source, "source", sources)
    for rel in fact.related:
        if rel.fact.id == fact.id:
            yield error(rel.fact.at, f"fact '{fact.id}' is related to itself", "remove this entry")
        elif _missing(briefing, "fact", rel.fact.id, facts):
            yield _unknown(rel.fact, "fact", facts)


def _markdown_texts(briefing: Briefing) -> Iterator[tuple[str, MarkdownText]]:
    """Every Markdown text that may link to facts, with what it is (for messages)."""
    texts: list[tuple[str, object]] = [("the site description", briefing.site.description)]
    texts += [("a key judgment", j.text) for j in briefing.site.key_judgments]
    texts += [(f"the summary of '{t.id}'", t.summary) for t in briefing.topics.values()]
    texts += [(f"the description of '{e.id}'", e.description) for e in briefing.entities.values()]
    for what, text in texts:
        if isinstance(text, MarkdownText):
            yield what, text


def check_fact_links(briefing: Briefing) -> Iterator[Problem]:
    """Every `[words](fact:<id>)` link in a summary, judgment or description names a fact."""
    for what, text in _markdown_texts(briefing):
        for ref in text.fact_refs():
            if not ref.id:
                yield error(ref.at, f"a link to a fact in {what} names no fact", "write [words](fact:<fact-id>)")
            elif _missing(briefing, "fact", ref.id, briefing.facts):
                hint = did_you_mean(ref.id, tuple(briefing.facts)) or "add the fact, or correct the id"
                yield error(ref.at, f"unknown fact '{ref.id}' in a link in {what}", hint)


# A sentence carrying a figure: digits, or a number written out ("a million", "dozens").
_FIGURE = re.compile(r"\d|\b(?:dozens?|hundreds?|thousands?|millions?|billions?)\b", re.IGNORECASE)
# Sentence ends: ., ! or ? followed by a space and a capital, a digit or Markdown mark; list items.
# (A Korean sentence starts with Hangul: a translated judgment splits like an English one.)
_SENTENCE_END = re.compile(r"(?<=[.!?])[*_]*\s+(?=[*_\[(\"“]*[A-Z0-9\uac00-\ud7a3])|\n\s*\n|\n\s*[-*+] ")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\bNo|\bMr|\bMs|\bDr|\bSt|\bGen|\bLt|\bCol)\.$")


_LABEL = re.compile(r"^(?:[-*+]\s+)?\*\*[^*]*$")


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each sentence of a Markdown text; paragraphs and list items end one."""
    start = 0
    pieces = []
    for match in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text[max(start, match.start() - 5):match.start()]):
            continue  # "U.S. government", "Gen. Budanov": not the end of a sentence
        pieces.append((start, text[start:match.start()]))
        start = match.end()
    pieces.append((start, text[start:]))
    return pieces


def uncited_figures(text: MarkdownText) -> Iterator[tuple[int, str]]:
    """(offset, sentence) of each sentence of a summary that states a figure but links no fact."""
    for offset, sentence in sentences(text):
        words = " ".join(sentence.split())
        if _LABEL.match(words):
            continue  # a list item's bold lead-in ("**November 2024.**") heads what follows
        if words and _FIGURE.search(words) and "(fact:" not in words:
            yield offset + (len(sentence) - len(sentence.lstrip())), words


def check_summary_figures(briefing: Briefing) -> Iterator[Problem]:
    """A summary or key judgment sentence that states a figure should link the fact behind it."""
    texts = [(f"the summary of '{t.id}'", t.summary) for t in briefing.topics.values()]
    texts += [("a key judgment", j.text) for j in briefing.site.key_judgments]
    for what, text in texts:
        if not isinstance(text, MarkdownText):
            continue
        for offset, sentence in uncited_figures(text):
            yield warning(text.location(offset), f"a sentence of {what} states a figure but links no fact: "
                          f"\"{_clip(sentence, 80)}\"", "link the figure to its fact: [the words](fact:<fact-id>)")


def check_sections(briefing: Briefing) -> Iterator[Problem]:
    """A topic's sections list facts of that topic, each fact in one section at most."""
    for topic in briefing.topics.values():
        own = {f.id for f in topic.facts}
        placed: dict[str, str] = {}
        for section in topic.sections:
            for ref in section.facts:
                if ref.id not in own:
                    elsewhere = briefing.facts.get(ref.id)
                    if elsewhere is not None:
                        yield error(ref.at, f"fact '{ref.id}' belongs to topic '{elsewhere.topic}', not '{topic.id}'",
                                    "a section lists facts of its own fact sheet; remove it or move the fact")
                    else:
                        hint = did_you_mean(ref.id, tuple(own)) or "list one of this fact sheet's fact ids"
                        yield error(ref.at, f"unknown fact '{ref.id}' in section '{section.title}'", hint)
                elif ref.id in placed:
                    yield error(ref.at, f"fact '{ref.id}' is already in section '{placed[ref.id]}'",
                                "list each fact in one section")
                else:
                    placed[ref.id] = section.title


# The verdicts of the last run's quote checks, by everything that decides them (the archived
# text's digest and the citation's words, not where they are written): a rebuild in the same
# process (the dev server), or a new one that loaded them (`keep_quote_verdicts`), searches again
# only the citations and texts an edit changed.
QuoteVerdicts = dict[tuple[str, ...], tuple[tuple[Callable[..., Problem], str, str], ...]]
_QUOTE_VERDICTS: QuoteVerdicts = {}
_VERDICTS_CHANGED = False


def keep_quote_verdicts(verdicts: QuoteVerdicts) -> None:
    """Use `verdicts` (saved by an earlier run, see `quote_verdicts`) for the next check."""
    global _QUOTE_VERDICTS
    _QUOTE_VERDICTS = verdicts


def quote_verdicts() -> tuple[QuoteVerdicts, bool]:
    """The last check's quote verdicts, and whether they differ from those it started with."""
    return _QUOTE_VERDICTS, _VERDICTS_CHANGED


Verdicts = tuple[tuple[Callable[..., Problem], str, str], ...]
# A fact's quote verdicts: (the key and verdicts of each of its citations) and its problems.
_QUOTES: FactMemo[tuple[list[tuple[tuple[str, ...], Verdicts]], list[Problem]]] = FactMemo()


def check_quotes(briefing: Briefing) -> Iterator[Problem]:
    """Every quote occurs in the archived text of the source it cites."""
    global _QUOTE_VERDICTS, _VERDICTS_CHANGED
    normalized: dict[str, str] = {}
    texts: dict[str, tuple[str, str, str]] = {}  # source id → what identifies its archived text
    known, used = _QUOTE_VERDICTS, {}
    sources = briefing.sources

    def fact_quotes(fact: Fact) -> tuple[list[tuple[tuple[str, ...], Verdicts]], list[Problem]]:
        checked, problems = [], []
        for citation in fact.citations:
            source_id = citation.source.id
            text_key = texts.get(source_id)
            if text_key is None:
                source = sources.get(source_id)
                if source is None:
                    continue
                text_key = texts[source_id] = (source_id, str(source.text_path), hashlib.sha1(
                    source.text.encode("utf-8", "surrogateescape")).hexdigest())
            key = (*text_key, citation.quote, citation.prefix, citation.suffix)
            verdicts = known.get(key)
            if verdicts is None:
                source = sources[source_id]
                text = normalized.get(source_id)
                if text is None:
                    text = normalized[source_id] = normalize(source.text)
                verdicts = tuple(_quote_verdicts(text, citation, source))
            checked.append((key, verdicts))
            at = citation.quote_at or citation.at
            problems += [make(at, message, hint) for make, message, hint in verdicts]
        return checked, problems

    # Sources compare equal when unchanged (the same objects): an edited archive checks all again.
    for checked, problems in _QUOTES.run_topics(briefing.topics.values(), tuple(sources.values()), fact_quotes):
        used.update(checked)
        yield from problems
    # Only this run's are kept: the memo does not grow with every edit.
    _VERDICTS_CHANGED = used.keys() != known.keys()
    _QUOTE_VERDICTS = used


def _quote_verdicts(text: str, citation: Citation, source: Source) -> Iterator[tuple[Callable[..., Problem], str, str]]:
    """(error or warning, message, hint) of one citation against its source's normalized text."""
    needle = normalize(citation.quote)
    if needle in text:
        yield from _check_occurrence(text, needle, citation, source.id)
        return
    closest = closest_passage(text, citation.quote)
    if closest:
        hint = f"the closest passage in {source.text_path} is: \"{_clip(closest)}\""
    else:
        hint = f"copy the passage exactly from {source.text_path}"
    yield error, f"quote not found in the archived text of '{source.id}'", hint


def check_judgment_ids(briefing: Briefing) -> Iterator[Problem]:
    """Key judgment ids name them for their translations: each is used once."""
    seen: dict[str, KeyJudgment] = {}
    for judgment in briefing.site.key_judgments:
        if judgment.id and judgment.id in seen:
            yield error(judgment.at, f"key judgment id '{judgment.id}' is already used at {seen[judgment.id].at}",
                        "give each key judgment its own id")
        seen.setdefault(judgment.id, judgment)


def check_quote_translations(briefing: Briefing) -> Iterator[Problem]:
    """A quote's translation, when the source archives a translation in the site's language,
    must be quoted from that text: a published translation is checked like the original."""
    language = briefing.site.language
    normalized: dict[str, str] = {}

    def fact_translations(fact: Fact) -> list[Problem]:
        problems = []
        for citation in fact.citations:
            source = briefing.sources.get(citation.source.id)
            if not citation.translation or source is None or language not in source.translations:
                continue
            text = normalized.get(source.id)
            if text is None:
                text = normalized[source.id] = normalize(source.translations[language])
            if normalize(citation.translation) in text:
                continue
            path = source.translation_paths[language]
            closest = closest_passage(text, citation.translation)
            hint = f"the closest passage in {path} is: \"{_clip(closest)}\"" if closest else \
                f"copy the passage exactly from {path}, or remove that file to give your own translation"
            problems.append(error(citation.translation_at or citation.at,
                                  f"translation not found in the archived '{language}' text of '{source.id}'", hint))
        return problems

    context = (language, tuple(briefing.sources.values()))
    for problems in _TRANSLATED_QUOTES.run_topics(briefing.topics.values(), context, fact_translations):
        yield from problems


def _check_occurrence(text: str, needle: str, citation: Citation,
                      source_id: str) -> Iterator[tuple[Callable[..., Problem], str, str]]:
    """A quote found in its source: its prefix/suffix must choose an occurrence, and a quote the
    text holds more than once must be chosen, or the highlight may mark the wrong one."""
    if citation.prefix or citation.suffix:
        chosen = len(occurrences(text, citation.quote, citation.prefix, citation.suffix))
        if chosen == 0:
            yield (error, f"no occurrence of the quote in '{source_id}' has this prefix/suffix",
                   "copy the prefix: (text just before the quote) and suffix: (just after) from the archived text")
        elif chosen > 1:
            yield (warning, f"the quote and its prefix/suffix occur {chosen} times in '{source_id}'",
                   "lengthen prefix: or suffix: until they choose one occurrence")
        return
    if text.find(needle, text.find(needle) + 1) >= 0:
        count = len(occurrences(text, citation.quote))
        yield (warning, f"the quote occurs {count} times in '{source_id}'; the citation does not say which",
               "add prefix: (the words just before it) or suffix: (just after) to choose one, "
               "or lengthen the quote")


def _clip(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def check_dates(briefing: Briefing) -> Iterator[Problem]:
    """A source cannot report a statement made after it was published."""
    for fact in _facts(briefing):
        for position in fact.positions:
            if position.date is None or position.date.start is None:
                continue
            said = position.date.sort_key()[:3]
            for citation in position.citations:
                source = briefing.sources.get(citation.source.id)
                if source is None or source.published is None:
                    continue
                if said > source.published.latest():
                    yield error(position.date_at or position.at,
                                f"position dated {position.date.iso()} is later than its source "
                                f"'{source.id}' (published {source.published.iso()})",
                                "correct the position's date, or cite a later source")


def check_series(briefing: Briefing) -> Iterator[Problem]:
    """Quantities in one series count the same unit."""
    units: dict[str, tuple[str, Fact]] = {}
    for fact in _facts(briefing):
        quantity = fact.quantity
        if quantity is None or not quantity.series:
            continue
        first = units.setdefault(quantity.series, (quantity.unit, fact))
        if first[0] != quantity.unit:
            yield warning(quantity.at, f"series '{quantity.series}' counts '{first[0]}' in fact '{first[1].id}' "
                          f"but '{quantity.unit}' here", "use the same unit for every figure of a series")


_WORDINGS: FactMemo[list[Problem]] = FactMemo()


def check_quantity_wording(briefing: Briefing) -> Iterator[Problem]:
    """A quantity's `text` is the source's wording of the figure: it must be in a quote of a
    position asserting the fact, or the figure may be another claimant's or a nearby sentence's."""

    def fact_wording(fact: Fact) -> list[Problem]:
        quantity = fact.quantity
        if quantity is None or not quantity.text:
            return []
        quotes = [normalize(c.quote).casefold() for p in fact.positions if p.stance in SUPPORTING
                  for c in p.citations]
        wording = normalize(quantity.text).casefold()
        if not quotes or any(wording in quote for quote in quotes):
            return []
        return [warning(quantity.at, f"the figure's wording '{quantity.text}' is in no quote of a position "
                        f"asserting fact '{fact.id}'",
                        "cite the passage that gives the figure, or copy text: from the asserting quote")]

    for problems in _WORDINGS.run_topics(briefing.topics.values(), None, fact_wording):
        yield from problems


_CLAIM_FIGURES: FactMemo[list[Problem]] = FactMemo()
# A number as written: 1,000,000; 10–15,000 (the second group also gives 10,000); years are left out.
_FIGURE = re.compile(r"(?<![\w.])(\d[\d,]*)(?:\s*[–-]\s*(\d[\d,]*))?")
# In a claim a year is not a figure, and an ordinal or a designation names a unit or a weapon
# ("93rd Special Forces Brigade", "KN-23": its "-23" is enough); days are written "19 September".
# One pass takes them out, looking only where a digit or a hyphen is (a third of the time of two passes).
_NOT_FIGURES = re.compile(r"(?=[\d-])(?:(?<!\d)(?:19|20)\d\d(?!\d)|\b\d+(?:st|nd|rd|th)\b|(?<=[A-Za-z])-\d+\b)")
_DIGIT = re.compile(r"\d")


def _figures(text: str) -> set[str]:
    found: set[str] = set()
    for match in _FIGURE.finditer(text):
        low, high = match.group(1).replace(",", ""), (match.group(2) or "").replace(",", "")
        found.add(low)
        if high:
            found.add(high)
            zeros = len(high) - len(high.rstrip("0"))
            if zeros and len(low) + zeros <= len(high):  # "10–15,000": the first is 10,000
                found.add(low + "0" * zeros)
    return found


def check_claim_figures(briefing: Briefing) -> Iterator[Problem]:
    """Every number a claim states (a count, a day; not a year) is in a quote of a position asserting
    it: a figure or day taken from a sentence the fact does not cite is unsupported on the page."""

    def fact_figures(fact: Fact) -> list[Problem]:
        if _DIGIT.search(fact.claim) is None:  # most claims: nothing to look for
            return []
        claimed = _figures(_NOT_FIGURES.sub(" ", fact.claim))
        if not claimed:
            return []
        quotes = " ".join(c.quote for p in fact.positions if p.stance in SUPPORTING for c in p.citations)
        missing = sorted(claimed - _figures(quotes), key=lambda n: (len(n), n))
        if not quotes or not missing:
            return []
        stated = ", ".join(f"{int(n):,}" for n in missing)
        return [warning(fact.at, f"the claim of fact '{fact.id}' states {stated}, which no quote of a "
                        "position asserting it gives",
                        "cite the passage that gives the figure or day, or leave it out of the claim")]

    for problems in _CLAIM_FIGURES.run_topics(briefing.topics.values(), None, fact_figures):
        yield from problems


def check_unused(briefing: Briefing) -> Iterator[Problem]:
    """Sources cited by nothing and entities used by nothing are probably forgotten work."""
    if "topic" in briefing.unreadable:  # the facts that use them may be in the unreadable file
        return
    for source in briefing.sources.values():
        if source.id not in briefing.facts_by_source:
            yield warning(source.at, f"source '{source.id}' is not cited by any fact",
                          "cite it from a fact, or remove it")
    used_as_country = {e.country.id for e in briefing.entities.values() if e.country}
    for entity in briefing.entities.values():
        if entity.id not in briefing.facts_by_entity and entity.id not in used_as_country:
            yield warning(entity.at, f"entity '{entity.id}' is not used by any fact",
                          "name it in a fact's entities or positions, or remove it")


def check_history(briefing: Briefing) -> Iterator[Problem]:
    """A fact cannot be updated, or changed, before it was added to the briefing."""
    for fact in _facts(briefing):
        if fact.added is None:
            continue
        added = fact.added.sort_key()[:3]
        hint = "added is when the fact entered the briefing; updated and changes come later"
        if fact.updated is not None and fact.updated.latest() < added:
            yield error(fact.at, f"fact '{fact.id}' is updated {fact.updated.iso()}, before it was added "
                        f"({fact.added.iso()})", hint)
        for change in fact.changes:
            if change.date.latest() < added:
                yield error(fact.at, f"a change to fact '{fact.id}' is dated {change.date.iso()}, before the "
                            f"fact was added ({fact.added.iso()})", hint)


def _lines(briefing: Briefing, fact: Fact) -> set[str]:
    return {origin.key for origin in standing(briefing, fact).evidence}


def check_series_claimants(briefing: Briefing) -> Iterator[Problem]:
    """A series point is one claimant's figure at one date: a fact in a series whose supporting
    positions are different actors with different dates charts one of them at the wrong date."""
    for fact in _facts(briefing):
        if fact.quantity is None or not fact.quantity.series:
            continue
        dated: dict[str, str] = {}
        for position in fact.positions:
            if position.stance in SUPPORTING:
                dated.setdefault(position.actor.id, position.date.iso() if position.date else "undated")
        if len(dated) > 1 and len(set(dated.values())) > 1:
            said = ", ".join(f"{actor} {when}" for actor, when in dated.items())
            yield warning(fact.quantity.at, f"fact '{fact.id}' in series '{fact.quantity.series}' merges the "
                          f"figures of {len(dated)} claimants given at different dates ({said})",
                          "make one fact per claimant's estimate, each with its own date and period, "
                          "linked with relation: corroborates")


def check_corroboration(briefing: Briefing) -> Iterator[Problem]:
    """`corroborates` joins independent reporting: not two facts carried by the same line."""
    for fact in _facts(briefing):
        for rel in fact.related:
            other = briefing.facts.get(rel.fact.id)
            if rel.relation != "corroborates" or other is None or other is fact:
                continue
            mine, theirs = _lines(briefing, fact), _lines(briefing, other)
            if mine and theirs and (mine <= theirs or theirs <= mine):
                shared = ", ".join(o.label for o in standing(briefing, fact).evidence if o.key in theirs)
                yield warning(rel.fact.at, f"'{fact.id}' corroborates '{other.id}', but both rest on the same "
                              f"line of reporting ({shared})",
                              "use relation: related, or cite a report from another line")


def check_update_cycles(briefing: Briefing) -> Iterator[Problem]:
    """`updates` points from a newer fact to the one it supersedes: a chain of them that comes back
    to its start (A updates B, B updates A) leaves no current fact, so the reader is told nothing."""
    updates: dict[str, Related] = {}  # fact id → its first `updates` entry naming a known fact
    for fact in _facts(briefing):
        for rel in fact.related:
            if rel.relation == "updates" and rel.fact.id in briefing.facts and rel.fact.id != fact.id:
                updates.setdefault(fact.id, rel)
    reported: set[str] = set()
    for start in updates:
        chain: list[str] = []
        at = start
        while at in updates and at not in chain and at not in reported:
            chain.append(at)
            at = updates[at].fact.id
        if at in chain:  # the walk came back to a fact of its own chain: a cycle
            cycle = chain[chain.index(at):]
            reported.update(cycle)
            first = min(cycle)  # reported once, at the entry of the cycle's first fact by id
            order = cycle[cycle.index(first):] + cycle[:cycle.index(first)] + [first]
            yield error(updates[first].fact.at, "facts update each other in a circle: "
                        + " → ".join(f"'{ident}'" for ident in order),
                        "the newer fact updates the older one; remove relation: updates from the older")
        reported.update(chain)


_CONFIDENT = ("very-likely", "almost-certain")


def check_confidence(briefing: Briefing) -> Iterator[Problem]:
    """A key fact or a key judgment rated very likely or above needs two lines of reporting."""
    for fact in _facts(briefing):
        if fact.key and fact.assessment and fact.assessment.likelihood in _CONFIDENT and \
                len(_lines(briefing, fact)) == 1:
            yield warning(fact.at, f"key fact '{fact.id}' is rated {fact.assessment.likelihood} but rests on "
                          "one line of reporting",
                          "add positions from independent reports, or lower the likelihood")
    for judgment in briefing.site.key_judgments:
        if judgment.likelihood not in _CONFIDENT:
            continue
        lines: set[str] = set()
        for ref in judgment.facts:
            if ref.id in briefing.facts:
                lines |= _lines(briefing, briefing.facts[ref.id])
        if len(lines) == 1:
            yield warning(judgment.at, f"key judgment rated {judgment.likelihood} rests on one line of reporting",
                          "list facts from independent reports, or lower the likelihood")


def check_archives(briefing: Briefing) -> Iterator[Problem]:
    """An archived text whose SHA-256 is recorded must still have it: a changed archive is a visible event."""
    for source in briefing.sources.values():
        if not source.sha256:
            continue
        digest = hashlib.sha256(source.text.encode("utf-8")).hexdigest()
        if digest != source.sha256:
            yield error(source.sha256_at or source.at, f"the archived text of '{source.id}' has changed since its "
                        f"SHA-256 was recorded ({source.text_path})",
                        f"see what changed (git diff {source.text_path}); archived texts stay verbatim. If the "
                        f"change is a deliberate correction, record the new digest: sha256: {digest}")


CHECKS: list[Callable[[Briefing], Iterable[Problem]]] = [
    check_topics_listed,
    check_references,
    check_fact_links,
    check_summary_figures,
    check_sections,
    check_quotes,
    check_quote_translations,
    check_judgment_ids,
    check_dates,
    check_series,
    check_series_claimants,
    check_quantity_wording,
    check_claim_figures,
    check_corroboration,
    check_update_cycles,
    check_confidence,
    check_history,
    check_archives,
    check_unused,
]


def check(briefing: Briefing) -> list[Problem]:
    """Run every check and return all problems found."""
    return [problem for rule in CHECKS for problem in rule(briefing)]
