"""Translated editions: the same briefing in another language, from `content/translations/<lang>/`.

(site.yaml's `translations:` lists them; its `editions:` are something else, dated releases.)

A translation gives texts only (the site's title and description, key judgments by id, series
titles, topic titles, summaries and section titles, fact claims by id, entity names and
descriptions by id); ids, positions, citations and checks are shared with the original, so a
translated edition cannot cite anything the original does not. Its Markdown texts may link facts
like the originals, `[words](fact:<id>)`, and an unknown id is an error where it is written. A text
without a translation falls back to the original, and the page marks it (see `TranslatedEdition.missing`).
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import urls
from .fields import Markdown, MarkdownText, Reader, Text, did_you_mean
from .load import load_yaml
from .model import Briefing, Entity, Fact, Topic, keeping
from .problems import Location, Problem, error, note

TRANSLATIONS_DIR = "translations"  # under content/


@dataclass(slots=True)
class TranslatedEdition:
    """One translated edition: its language, its texts by key, and the briefing as it reads in it."""

    language: str
    folder: str  # shown in messages: content/translations/<lang>
    texts: dict[str, str] = field(default_factory=dict)  # "fact:<id>", "topic:<id>:title", "entity:<id>:name", ...
    digest: str = ""
    briefing: Briefing | None = None
    missing: set[str] = field(default_factory=set)  # keys shown in the original language

    def untranslated(self, key: str) -> bool:
        """True when the text named by `key` is shown in the original language."""
        return key in self.missing


def _mapping(node: yaml.Node | None, r: Reader, what: str) -> list[tuple[yaml.Node, yaml.Node]]:
    if node is None:
        return []
    if not isinstance(node, yaml.MappingNode):
        r.fail(node, f"expected a mapping of {what}, found a {type(node).__name__.removesuffix('Node').lower()}",
               "write 'key: value' lines")
        return []
    return list(node.value)


def _fields(node: yaml.Node | None, r: Reader, allowed: tuple[str, ...], name: str) -> dict[str, yaml.Node]:
    """The fields of a translation file, unknown ones reported (a translation holds texts only)."""
    out: dict[str, yaml.Node] = {}
    for key_node, value_node in _mapping(node, r, "fields"):
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else ""
        if key not in allowed:
            hint = did_you_mean(key, allowed) or f"a {name} holds only: " + ", ".join(allowed)
            if key in ("citations", "positions", "quote", "source", "sources", "related", "date"):
                hint = "a translation gives texts only; citations, dates and links are the original's"
            r.fail(key_node, f"unknown field '{key}' in {name}", hint)
            continue
        out[key] = value_node
    return out


def _text(node: yaml.Node, r: Reader) -> str | None:
    value = Text().read(node, r)
    return value if isinstance(value, str) else None


def _markdown(node: yaml.Node, r: Reader, briefing: Briefing, what: str) -> str | None:
    """A translated Markdown text; its links to facts must name facts, as in the original's texts."""
    value = Markdown().read(node, r)
    if not isinstance(value, MarkdownText):
        return None
    for ref in value.fact_refs():
        if not ref.id:
            r.problems.append(error(ref.at, f"a link to a fact in {what} names no fact",
                                    "write [words](fact:<fact-id>)"))
        elif ref.id not in briefing.facts and "topic" not in briefing.unreadable:
            r.problems.append(error(ref.at, f"unknown fact '{ref.id}' in a link in {what}",
                                    did_you_mean(ref.id, tuple(briefing.facts)) or "correct the id"))
    return value


def series_ids(briefing: Briefing) -> list[str]:
    """The ids of the briefing's estimate series (quantities sharing a `series:`), sorted."""
    return sorted({f.quantity.series for f in briefing.facts.values() if f.quantity and f.quantity.series})


def read_editions(site_dir: Path, briefing: Briefing) -> tuple[dict[str, TranslatedEdition], list[Problem]]:
    """Read and validate every translated edition site.yaml lists under `translations:`."""
    problems: list[Problem] = []
    editions: dict[str, TranslatedEdition] = {}
    root = site_dir.resolve()
    for language in briefing.site.translations:
        folder = root / "content" / TRANSLATIONS_DIR / language
        shown = f"content/{TRANSLATIONS_DIR}/{language}"
        edition = TranslatedEdition(language, shown)
        digest = hashlib.sha1(language.encode())
        if language == briefing.site.language:
            problems.append(error(briefing.site.at, f"translations lists '{language}', the site's own language",
                                  "list only the languages of the other editions"))
            continue
        if not folder.is_dir():
            problems.append(error(Location(shown), f"no translations for '{language}': {shown}/ is missing",
                                  f"create {shown}/site.yaml and {shown}/topics/<topic-id>.yaml "
                                  "(see docs/format.md, Translations)"))
            continue
        files = [folder / name for name in ("site.yaml", "entities.yaml") if (folder / name).is_file()]
        topics_dir = folder / "topics"
        files += sorted(topics_dir.glob("*.yaml")) if topics_dir.is_dir() else []
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path not in files and not path.name.startswith("."):
                problems.append(error(Location(path.relative_to(root).as_posix()),
                                      "file not read: a translation is site.yaml, entities.yaml "
                                      "or topics/<topic-id>.yaml",
                                      "move or rename it"))
        for path in files:
            doc = load_yaml(root, path, problems)
            digest.update(path.name.encode() + b"\0" + (path.read_bytes() if doc.node is not None else b""))
            r = Reader(doc.path, problems, doc.text)  # the text: exact places of links inside texts
            if path.name == "site.yaml" and path.parent == folder:
                _read_site(doc.node, r, briefing, edition)
            elif path.name == "entities.yaml" and path.parent == folder:
                _read_entities(doc.node, r, briefing, edition)
            else:
                _read_topic(doc.node, r, path.stem, briefing, edition)
        edition.digest = digest.hexdigest()[:16]
        edition.briefing, edition.missing = translated_briefing(briefing, edition)
        editions[language] = edition
    return editions, problems


def _read_site(node: yaml.Node | None, r: Reader, briefing: Briefing, edition: TranslatedEdition) -> None:
    found = _fields(node, r, ("title", "description", "banner", "key_judgments", "series"), "translated site")
    for name in ("title", "banner"):
        if name in found and (value := _text(found[name], r)) is not None:
            edition.texts[f"site:{name}"] = value
    if "description" in found and (value := _markdown(found["description"], r, briefing,
                                                       "the translated site description")) is not None:
        edition.texts["site:description"] = value
    known_series = series_ids(briefing)
    for key_node, value_node in _mapping(found.get("series"), r, "series titles by series id"):
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else ""
        if key not in known_series:
            if "topic" in briefing.unreadable:  # its quantities may be in the unreadable sheet
                continue
            r.fail(key_node, f"unknown series '{key}'", did_you_mean(key, known_series) or
                   "name a series by the `series:` id its quantities share")
        elif (value := _text(value_node, r)) is not None:
            edition.texts[f"series:{key}"] = value
    # A judgment with an id is named by it; one without, by its number in site.yaml's order.
    ids = [j.id or str(i) for i, j in enumerate(briefing.site.key_judgments, 1)]
    for key_node, value_node in _mapping(found.get("key_judgments"), r, "key judgments by id"):
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else ""
        if key not in ids:
            r.fail(key_node, f"unknown key judgment '{key}'",
                   did_you_mean(key, ids) or "name a judgment by its id: in site.yaml (or its number, 1, 2, …)")
        elif (value := _markdown(value_node, r, briefing, f"the translation of key judgment '{key}'")) is not None:
            edition.texts[f"judgment:{key}"] = value


# What an entity's translation may give, in entities.yaml: the name alone, or these fields.
ENTITY_FIELDS = ("name", "short", "description")


def _read_entities(node: yaml.Node | None, r: Reader, briefing: Briefing, edition: TranslatedEdition) -> None:
    """entities.yaml: by entity id, its name, or its name, short name and description."""
    for key_node, value_node in _mapping(node, r, "entity names by entity id"):
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else ""
        entity = briefing.entities.get(key)
        if entity is None:
            if "entity" in briefing.unreadable:  # it may be in the unreadable entities file
                continue
            r.fail(key_node, f"unknown entity '{key}'",
                   did_you_mean(key, tuple(briefing.entities)) or "use the id of an entity of content/entities.yaml")
            continue
        if not isinstance(value_node, yaml.MappingNode):
            if (value := _text(value_node, r)) is not None:
                edition.texts[f"entity:{key}:name"] = value
            continue
        for name, sub in _fields(value_node, r, ENTITY_FIELDS, "translated entity").items():
            if name in ("short", "description") and not getattr(entity, name):
                r.fail(sub, f"entity '{key}' has no {name} to translate",
                       f"add the {name} to content/entities.yaml first, or remove this line")
                continue
            value = (_markdown(sub, r, briefing, f"the translated description of '{key}'") if name == "description"
                     else _text(sub, r))
            if value is not None:
                edition.texts[f"entity:{key}:{name}"] = value


def _read_topic(node: yaml.Node | None, r: Reader, topic_id: str, briefing: Briefing,
                edition: TranslatedEdition) -> None:
    topic = briefing.topics.get(topic_id)
    if topic is None:
        if "topic" in briefing.unreadable:  # the topic's own sheet may be the unreadable one
            return
        r.problems.append(error(Location(r.path), f"unknown topic '{topic_id}'",
                                did_you_mean(topic_id, list(briefing.topics)) or
                                "name the file after a topic of content/topics/"))
        return
    found = _fields(node, r, ("title", "summary", "sections", "facts"), "translated topic")
    if "title" in found and (value := _text(found["title"], r)) is not None:
        edition.texts[f"topic:{topic_id}:title"] = value
    if "summary" in found and (value := _markdown(found["summary"], r, briefing,
                                                   f"the translated summary of '{topic_id}'")) is not None:
        edition.texts[f"topic:{topic_id}:summary"] = value
    # A section is named by its title in the original fact sheet, or by its number there (1, 2, …).
    titles = [s.title for s in topic.sections]
    for key_node, value_node in _mapping(found.get("sections"), r, "section titles by original title"):
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else ""
        number = titles.index(key) + 1 if key in titles else int(key) if key.isdigit() else 0
        if not 1 <= number <= len(titles):
            r.fail(key_node, f"unknown section '{key}' in topic '{topic_id}'",
                   did_you_mean(key, titles) or ("name a section by its title in content/topics/"
                                                 f"{topic_id}.yaml, or its number (1, 2, …)" if titles else
                                                 f"content/topics/{topic_id}.yaml has no sections"))
        elif (value := _text(value_node, r)) is not None:
            edition.texts[f"section:{topic_id}:{number}"] = value
    own = {f.id for f in topic.facts}
    for key_node, value_node in _mapping(found.get("facts"), r, "fact claims by id"):
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else ""
        if key not in own:
            elsewhere = briefing.facts.get(key)
            r.fail(key_node, f"fact '{key}' is not in topic '{topic_id}'" if elsewhere else f"unknown fact '{key}'",
                   f"move it to topics/{elsewhere.topic}.yaml" if elsewhere else
                   did_you_mean(key, sorted(own)) or "use the id of a fact of this topic")
            continue
        if isinstance(value_node, yaml.MappingNode):
            for name, sub in _fields(value_node, r, ("claim", "unit", "delivery"), "translated fact").items():
                if name == "delivery" and not (briefing.facts[key].transfer and briefing.facts[key].transfer.delivery):
                    r.fail(sub, f"fact '{key}' has no transfer delivery to translate",
                           "remove this line, or add transfer: delivery: to the fact first")
                    continue
                if (value := _text(sub, r)) is not None:
                    edition.texts[f"fact:{key}" if name == "claim" else f"fact:{key}:{name}"] = value
        elif (value := _text(value_node, r)) is not None:
            edition.texts[f"fact:{key}"] = value


# By (language, topic id): the original topic, the edition's digest, the translated topic and its
# untranslated keys, as in the last build of a process that builds again (model.keeping).
_TRANSLATED: dict[tuple[str, str], tuple[Topic, str, Topic, set[str]]] = {}


def translated_briefing(briefing: Briefing, edition: TranslatedEdition) -> tuple[Briefing, set[str]]:
    """The briefing with the edition's texts in place of the originals, and the keys left untranslated."""
    texts, missing = edition.texts, set()

    def text(key: str, original: str) -> str:
        if not original:
            return original
        if key in texts:
            return texts[key]
        missing.add(key)
        return original

    def fact(f: Fact) -> Fact:
        quantity = f.quantity
        if quantity is not None and f"fact:{f.id}:unit" in texts:
            quantity = dataclasses.replace(quantity, unit=texts[f"fact:{f.id}:unit"])
        transfer = f.transfer
        if transfer is not None and transfer.delivery:
            transfer = dataclasses.replace(transfer, delivery=text(f"fact:{f.id}:delivery", transfer.delivery))
        return dataclasses.replace(f, claim=text(f"fact:{f.id}", f.claim), quantity=quantity, transfer=transfer)

    def topic(t: Topic) -> Topic:
        sections = tuple(dataclasses.replace(s, title=text(f"section:{t.id}:{n}", s.title))
                         for n, s in enumerate(t.sections, 1))
        return dataclasses.replace(t, title=text(f"topic:{t.id}:title", t.title),
                                   summary=text(f"topic:{t.id}:summary", t.summary),
                                   facts=tuple(fact(f) for f in t.facts), sections=sections)

    def entity(e: Entity) -> Entity:
        return dataclasses.replace(e, name=text(f"entity:{e.id}:name", e.name),
                                   short=text(f"entity:{e.id}:short", e.short),
                                   description=text(f"entity:{e.id}:description", e.description))

    site = briefing.site
    judgments = tuple(dataclasses.replace(j, text=text(f"judgment:{j.id or i}", j.text))
                      for i, j in enumerate(site.key_judgments, 1))
    site = dataclasses.replace(site, title=text("site:title", site.title),
                               description=text("site:description", site.description),
                               banner=text("site:banner", site.banner), key_judgments=judgments,
                               language=edition.language,
                               base_url=urls.edition_base_url(site.base_url, edition.language))
    from .charts import spelled_titles

    # The original's series titles, spelled from their ids, are what an untranslated series shows.
    original_titles = spelled_titles(briefing)
    def kept_topic(t: Topic) -> Topic:
        # A sheet nobody edited, in an edition whose texts are as in the last build, gives the same
        # translated Topic as then (with the same keys untranslated): the work the dev server keeps
        # per topic and per fact object is kept for the edition too.
        last = _TRANSLATED.get((edition.language, t.id))
        if last is not None and last[0] is t and last[1] == edition.digest:
            missing.update(last[3])
            return last[2]
        before = set(missing)
        translated = topic(t)
        if keeping():
            _TRANSLATED[(edition.language, t.id)] = (t, edition.digest, translated, missing - before)
        return translated

    if not keeping():
        _TRANSLATED.clear()
    out = Briefing(site, briefing.sources, {k: kept_topic(t) for k, t in briefing.topics.items()},
                   {k: entity(e) for k, e in briefing.entities.items()},
                   unreadable=set(briefing.unreadable), translations=briefing.translations,
                   stamps=briefing.stamps, dates_from=briefing.dates_from, editions=briefing.editions,
                   series_titles={i: text(f"series:{i}", title) for i, title in original_titles.items()})
    out.index()
    return out, missing


def report(editions: dict[str, TranslatedEdition]) -> list[Problem]:
    """One note per edition: how many of its texts are still shown in the original language."""
    problems = []
    for edition in editions.values():
        if not edition.missing:
            continue
        kinds: dict[str, int] = {}
        for key in edition.missing:
            kind = key.split(":")[0]
            kinds[kind] = kinds.get(kind, 0) + 1
        names = {"fact": "fact claims", "topic": "topic titles and summaries", "judgment": "key judgments",
                 "site": "site texts", "entity": "entity names and descriptions", "section": "section titles",
                 "series": "series titles"}
        counts = ", ".join(f"{n} {names.get(k, k)}" for k, n in sorted(kinds.items()))
        first = ", ".join(sorted(edition.missing)[:5])
        problems.append(note(Location(edition.folder), f"'{edition.language}' edition: {len(edition.missing)} "
                             f"texts not yet translated, shown in the original language and marked ({counts})",
                             f"python -m briefing.translations report lists them all; first: {first}"))
    return problems


def untranslated_list(editions: dict[str, TranslatedEdition]) -> list[str]:
    """Every untranslated text, one line each: `ko  fact:some-id`."""
    return [f"{lang}\t{key}" for lang, edition in sorted(editions.items()) for key in sorted(edition.missing)]


def main(argv: list[str]) -> int:
    """`python -m briefing.translations report [SITE]`: list what each edition has not yet translated."""
    from .pipeline import validate

    if not argv or argv[0] != "report":
        print("usage: python -m briefing.translations report [SITE_DIR]")
        return 2
    result = validate(Path(argv[1] if len(argv) > 1 else "."))
    if result.briefing is None or not result.ok:
        for problem in result.problems:
            if problem.is_error:
                print(problem.format())
        return 1
    lines = untranslated_list(result.briefing.translations)
    print("\n".join(lines) if lines else "every text of every edition is translated")
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
