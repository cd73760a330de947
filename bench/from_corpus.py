#!/usr/bin/env python3
"""Convert the neutral benchmark corpus (`make_corpus.py` → corpus.json) into a Briefing site directory.

Usage: python bench/from_corpus.py CORPUS_JSON SITE_DIR

Writes SITE_DIR/site.yaml, content/sources/<id>.yaml + <id>.txt (the archived body),
content/topics/<id>.yaml (one fact sheet per topic) and content/entities.yaml. Every
citation quote is an exact substring of its source body in the corpus, so every quote verifies.
The same corpus always gives byte-identical files.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

# The corpus's entity kinds, in the vocabulary of docs/format.md.
KINDS = {"person": "person", "organization": "organization", "country": "state",
         "military-unit": "unit", "weapon-system": "weapon"}
SITE_TITLE = "Conflict Facts Ledger"


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _fact_yaml(fact: dict) -> str:
    """One fact as a block-style list item: one position (two when the corpus calls it disputed)."""
    stance = "confirms" if fact["status"] == "confirmed" else "asserts"
    lines = [
        f"  - id: {fact['id']}",
        f"    claim: {_q(fact['claim'])}",
        f"    date: {fact['date']}",
        f"    entities: [{', '.join(fact['entities'])}]",
        "    positions:",
        f"      - actor: {fact['entities'][0]}",
        f"        stance: {stance}",
        "        citations:",
    ]
    for citation in fact["citations"]:
        lines += [f"          - source: {citation['source']}", f"            quote: {_q(citation['quote'])}"]
    if fact["status"] == "disputed":
        last = fact["citations"][-1]
        lines += [f"      - actor: {fact['entities'][-1]}", "        stance: denies", "        citations:",
                  f"          - source: {last['source']}", f"            quote: {_q(last['quote'])}"]
    return "\n".join(lines) + "\n"


def write_site(corpus: dict, site_dir: Path) -> dict[str, int]:
    """Write the site directory for `corpus`, replacing any content/ already there; return counts."""
    content = site_dir / "content"
    if content.exists():
        shutil.rmtree(content)
    (content / "sources").mkdir(parents=True)
    (content / "topics").mkdir()
    topic_ids = [t["id"] for t in corpus["topics"]]
    site = [f"title: {_q(SITE_TITLE)}",
            f"description: {_q('A synthetic briefing generated from the neutral benchmark corpus.')}",
            "language: en", "base_url: https://example.org/", f"topics: [{', '.join(topic_ids)}]", ""]
    (site_dir / "site.yaml").write_text("\n".join(site), encoding="utf-8")

    for source in corpus["sources"]:
        meta = [f"title: {_q(source['title'])}", f"publisher: {_q(source['publisher'])}",
                f"published: {source['date']}", "language: en", ""]
        (content / "sources" / f"{source['id']}.yaml").write_text("\n".join(meta), encoding="utf-8")
        (content / "sources" / f"{source['id']}.txt").write_text(source["body"] + "\n", encoding="utf-8")

    by_topic: dict[str, list[str]] = {t: [] for t in topic_ids}
    for fact in corpus["facts"]:
        by_topic[fact["topic"]].append(_fact_yaml(fact))
    for topic in corpus["topics"]:
        head = f"title: {_q(topic['name'])}\nsummary: {_q(topic['description'])}\nfacts:\n"
        (content / "topics" / f"{topic['id']}.yaml").write_text(head + "".join(by_topic[topic["id"]]),
                                                                 encoding="utf-8")

    entities = []
    for entity in corpus["entities"]:
        entities.append(f"- id: {entity['id']}\n  kind: {KINDS[entity['kind']]}\n  name: {_q(entity['name'])}\n")
    (content / "entities.yaml").write_text("".join(entities), encoding="utf-8")
    return {"facts": len(corpus["facts"]), "sources": len(corpus["sources"]),
            "entities": len(corpus["entities"]), "topics": len(topic_ids)}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    corpus_path, site_dir = Path(argv[0]), Path(argv[1])
    corpus = json.loads(corpus_path.read_text(encoding="utf-8"))
    counts = write_site(corpus, site_dir)
    print(f"{site_dir}: " + ", ".join(f"{n} {k}" for k, n in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
