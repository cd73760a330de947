"""The pipeline in order: load → model → check → plan → render → write.

Each stage returns values and problems; the write happens only when no stage found an error.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field
from pathlib import Path

from .check import check
from .load import load_site
from .model import Briefing, build_model
from .plan import Page, plan_pages
from .problems import Problem, has_errors, sort_key
from .render import render_all
from .write import WriteStats, check_output_dir, write_site

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEMPLATES = PROJECT_ROOT / "templates"


@dataclass(slots=True)
class Result:
    """What a run did: the problems (errors and warnings), and for a build what it wrote."""

    problems: list[Problem] = field(default_factory=list)
    briefing: Briefing | None = None
    pages: int = 0
    stats: WriteStats | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not has_errors(self.problems)


def template_dirs(site_dir: Path) -> list[Path]:
    """The site's own templates first (they override), then the project's."""
    dirs = [site_dir / "templates", DEFAULT_TEMPLATES]
    return [d for i, d in enumerate(dirs) if d.is_dir() and d.resolve() not in {x.resolve() for x in dirs[:i]}]


def validate(site_dir: Path) -> Result:
    """Load, model and check a site; no output is produced."""
    started = time.perf_counter()
    raw = load_site(site_dir)
    briefing, problems = build_model(raw)
    problems = raw.problems + problems
    if briefing is not None:
        problems += check(briefing)
    problems.sort(key=sort_key)
    return Result(problems, briefing, seconds=time.perf_counter() - started)


def build(site_dir: Path, out_dir: Path, base_url: str | None = None) -> Result:
    """Validate, plan, render and (only if all of that succeeded) write the site.

    `base_url`, when given, replaces site.yaml's (the Pages workflow knows the real address).
    """
    started = time.perf_counter()
    result = validate(site_dir)
    if base_url is not None and result.briefing is not None:
        result.briefing.site = dataclasses.replace(result.briefing.site, base_url=base_url)
    guard = check_output_dir(out_dir)
    if guard is not None:
        result.problems.append(guard)
    if not result.ok or result.briefing is None:
        result.seconds = time.perf_counter() - started
        return result
    dirs = template_dirs(site_dir)
    pages, problems = plan_pages(result.briefing, [d / "assets" for d in dirs])
    result.problems += problems
    if result.ok:
        outputs, problems = render_all(pages, dirs)
        result.problems += problems
        if result.ok:
            outputs[".nojekyll"] = b""
            result.stats = write_site(outputs, out_dir)
            result.pages = sum(1 for p in pages if isinstance(p, Page))
    result.seconds = time.perf_counter() - started
    return result
