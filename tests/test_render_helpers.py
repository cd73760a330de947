"""The shortcuts render.py takes for speed give what Jinja2 and markupsafe give: the same text, escaped
the same way (the build's output is compared byte for byte before and after in the project's
performance work; these pin the cases its fixtures do not reach)."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from conftest import copy_site
from markupsafe import Markup

from briefing import render
from briefing.builder import template_dirs
from briefing.pipeline import build

HOSTILE = "<script>alert('x')</script> & \"quoted\""


@pytest.mark.parametrize(("words", "variables"), [
    ("%(a)s and %(n)d", {"a": HOSTILE, "n": 3}),
    ("%(n)d%% of %(a)s", {"n": 5, "a": Markup("<b>kept</b>")}),
    ("%(a)5s|%(n)03d", {"a": "<", "n": 7}),
    ("%(n)d", {"n": "12"}),  # text for a number: markupsafe's helper converts it
    ("%(a)s", {"a": 2.5}),
    ("%(a)s", {"a": True}),
    ("%(a)s", {"a": None}),
    ("%(a)s", {"a": jinja2.Undefined()}),
    ("%s", {"a": HOSTILE}),  # an unnamed conversion formats the whole mapping
    ("%(a)r", {"a": HOSTILE}),
    ("no variables", {}),
])
def test_messages_are_formatted_as_markupsafe_formats_them(words: str, variables: dict[str, object]) -> None:
    fast = render._markup_format(words, dict(variables))
    assert type(fast) is Markup
    assert fast == Markup(words) % dict(variables)


def test_a_missing_variable_is_the_same_error() -> None:
    with pytest.raises(KeyError):
        render._markup_format("%(missing)s", {"other": "x"})


class _Position:
    def __init__(self, stance: str, actor: str) -> None:
        self.stance = stance
        self.actor = {"id": actor}


@pytest.mark.parametrize("attribute", ["stance", "actor.id"])
def test_distinct_is_map_unique_join(attribute: str) -> None:
    env = jinja2.Environment(autoescape=True)
    env.filters["distinct"] = render._distinct
    positions = [_Position("asserts", "nis"), _Position("Asserts", "NIS"), _Position("denies", "<kcna>"),
                 _Position("asserts", "us"), _Position("denies", "nis")]
    slow = env.from_string("{{ p | map(attribute=a) | unique | join(' ') }}").render(p=positions, a=attribute)
    fast = env.from_string("{{ p | distinct(a) }}").render(p=positions, a=attribute)
    assert fast == slow
    marked = [Markup("<b>a</b>"), "<i>", Markup("<b>A</b>")]
    assert env.from_string("{{ p | distinct('x') }}").render(p=[{"x": v} for v in marked]) == \
        env.from_string("{{ p | map(attribute='x') | unique | join(' ') }}").render(p=[{"x": v} for v in marked])


@pytest.mark.parametrize("value", [HOSTILE, Markup("<b>safe</b>"), 3, None, jinja2.Undefined(), 2.5, "",
                                   Markup(HOSTILE), "plain words"])
def test_escape_gives_markupsafes_text(value: object) -> None:
    # The compiled templates only join what it gives into the page: the text is what counts.
    assert str(render._escape(value)) == str(jinja2.utils.markupsafe.escape(value))


def test_a_strict_undefined_still_fails_when_shown() -> None:
    with pytest.raises(jinja2.UndefinedError):
        render._escape(jinja2.StrictUndefined(name="missing"))


def test_the_environments_keep_nothing_of_a_built_briefing(tmp_path: Path) -> None:
    # The environments live as long as the process (the dev server's): what they keep of the pages
    # they render (previews, source lines, the last page's languages) goes at the end of the build,
    # or an editor's server would hold the old briefing while it loads the new one.
    site = copy_site(tmp_path / "site")
    assert build(site, tmp_path / "out", use_cache=False).ok
    env = render.make_environment(template_dirs(site.resolve()), "en")
    assert any(name == "source.html" for _, name in env.cache)  # the environment the build used
    helpers = env.globals["helpers"]
    assert helpers._previews_of is None and helpers._previews == {} and helpers._source_lines == {}
    assert helpers._whens == {} and helpers._entity_links == {}
    assert "briefing_alternates" not in env.__dict__ and env.__dict__.get("briefing_page") is None
