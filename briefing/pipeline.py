"""The pipeline in order: load → model → check → plan → render → write.

Each stage returns values and problems; the write happens only when no stage found an error.
`Builder` (builder.py) runs the stages and keeps what it can between runs: `build` and
`validate` are one-shot runs of it; `serve` keeps one Builder and calls `rebuild()` on every save.
"""

from __future__ import annotations

from pathlib import Path

from .builder import DEFAULT_TEMPLATES, PROJECT_ROOT, Builder, Result, template_dirs

__all__ = ["DEFAULT_TEMPLATES", "PROJECT_ROOT", "Builder", "Result", "build", "template_dirs", "validate"]


def validate(site_dir: Path, use_cache: bool = True) -> Result:
    """Load, model and check a site; no output is produced."""
    return Builder(site_dir, use_cache=use_cache).validate()


def build(site_dir: Path, out_dir: Path, base_url: str | None = None, use_cache: bool = True) -> Result:
    """Validate, plan, render and (only if all of that succeeded) write the site.

    `base_url`, when given, replaces site.yaml's (the Pages workflow knows the real address).
    With `use_cache` false nothing is read from or written to the build cache (cache.py).
    """
    return Builder(site_dir, out_dir, base_url=base_url, use_cache=use_cache).rebuild()
