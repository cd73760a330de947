"""The editor schemas: generated from the model, committed up to date, valid JSON Schema, and they
accept the real briefing and the fixture while rejecting a broken fixture at the right places."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from conftest import FIXTURE_SITE, FIXTURES, ROOT, run_cli

from briefing.schema import FILES, SCHEMA_DIR, modeline, schema_files

BROKEN = FIXTURES / "schema-broken"


class EditorLoader(yaml.SafeLoader):
    """YAML as an editor's language server reads it (YAML 1.2): unquoted dates stay text."""


EditorLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def content_files(site: Path) -> list[tuple[str, Path]]:
    """Every content file of a site with its schema kind."""
    found = [("site", site / "site.yaml")]
    found += [("source", p) for p in sorted((site / "content/sources").glob("*.yaml"))]
    found += [("topic", p) for p in sorted((site / "content/topics").glob("*.yaml"))]
    found += [("entities", p) for p in [site / "content/entities.yaml",
                                        *sorted((site / "content/entities").glob("*.yaml"))] if p.exists()]
    return found


def validator(kind: str) -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator(json.loads(schema_files()[FILES[kind][0]]))


def errors_in(site: Path) -> list[str]:
    messages = []
    for kind, path in content_files(site):
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=EditorLoader)
        for failure in validator(kind).iter_errors(document):
            where = "/".join(str(p) for p in failure.absolute_path)
            messages.append(f"{path.relative_to(site).as_posix()}:{where}: {failure.message}")
    return sorted(messages)


def test_committed_schemas_are_the_generated_ones() -> None:
    committed = {p.name: p.read_bytes() for p in (ROOT / SCHEMA_DIR).glob("*.json")}
    assert committed == schema_files(), "schema/ is out of date: run `python build.py schema` and commit it"


@pytest.mark.parametrize("name", sorted(schema_files()))
def test_each_schema_is_valid_draft_7(name: str) -> None:
    schema = json.loads(schema_files()[name])
    jsonschema.Draft7Validator.check_schema(schema)
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"


def test_fixture_and_real_briefing_satisfy_the_schemas() -> None:
    assert errors_in(FIXTURE_SITE) == []
    assert errors_in(ROOT) == []


def test_broken_fixture_is_rejected_where_it_is_broken() -> None:
    assert errors_in(BROKEN) == [
        "content/topics/weapons.yaml:facts/0/date: '2022-13' is not valid under any of the given schemas",
        "content/topics/weapons.yaml:facts/0/positions/0/citations/0: "
        "'source' is a required property",
        "content/topics/weapons.yaml:facts/0/positions/0/citations/0: "
        "Additional properties are not allowed ('soruce' was unexpected)",
        "content/topics/weapons.yaml:facts/0/positions/0/stance: "
        "'assert' is not one of ['asserts', 'denies', 'confirms', 'declines-comment']",
    ]


def test_schema_field_descriptions_come_from_the_model() -> None:
    topic = json.loads(schema_files()["topic.schema.json"])
    fact = topic["properties"]["facts"]["items"]
    assert fact["required"] == ["id", "claim", "positions"]
    assert fact["properties"]["claim"]["description"] == "one neutral sentence in the editors' words"
    date = fact["properties"]["added"]
    assert {"type": "integer", "minimum": 1000, "maximum": 9999} in date["anyOf"]


def test_content_files_that_name_a_schema_name_the_right_one() -> None:
    for site in (ROOT, FIXTURE_SITE):
        for kind, path in content_files(site):
            first = path.read_text(encoding="utf-8").split("\n", 1)[0]
            if first.startswith("# yaml-language-server:"):
                assert first == modeline(kind, path.relative_to(site).as_posix()), path


def test_modeline_is_relative_to_the_content_file() -> None:
    assert modeline("site", "site.yaml") == "# yaml-language-server: $schema=schema/site.schema.json"
    assert modeline("topic", "content/topics/weapons.yaml") == \
        "# yaml-language-server: $schema=../../schema/topic.schema.json"
    assert modeline("entities", "content/entities.yaml") == \
        "# yaml-language-server: $schema=../schema/entities.schema.json"


def test_schema_command_writes_the_files(tmp_path: Path) -> None:
    result = run_cli("schema", "--output", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "Wrote 4 of 4 schema files" in result.stdout
    assert {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()} == schema_files()
    again = run_cli("schema", "--output", str(tmp_path / "out"))
    assert "Wrote 0 of 4 schema files" in again.stdout
