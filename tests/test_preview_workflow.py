"""The pull-request preview workflow: valid against GitHub's workflow schema, read-only, and its commands,
run as the runner would in a shallow checkout of a fixture repository, write the diff to the job summary
and build the preview that is uploaded."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import FIXTURE_SITE, ROOT
from test_workflow import schema_check

WORKFLOW = ROOT / ".github" / "workflows" / "preview.yml"
BASE_SHA = "${{ github.event.pull_request.base.sha }}"


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    document = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    document["on"] = document.pop(True, document.get("on"))  # YAML 1.1 reads the bare key `on` as true
    return document


def test_preview_matches_the_github_workflow_schema(tmp_path: Path) -> None:
    result = schema_check(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr
    broken = tmp_path / "broken.yml"  # a misspelt permission level must fail, so the check is real
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace("contents: read", "contents: reed"),
                      encoding="utf-8")
    failed = schema_check(broken)
    assert failed.returncode == 1 and "reed" in failed.stdout


def test_preview_is_read_only_and_runs_on_pull_requests(workflow: dict[str, Any]) -> None:
    assert workflow["on"] == {"pull_request": None}
    assert workflow["permissions"] == {"contents": "read"}
    assert "secrets." not in WORKFLOW.read_text(encoding="utf-8")
    job = workflow["jobs"]["preview"]
    assert "permissions" not in job
    uses = [step["uses"] for step in job["steps"] if "uses" in step]
    assert uses == ["actions/checkout@v4", "actions/setup-python@v5", "actions/upload-artifact@v4"]
    upload = job["steps"][-1]
    assert upload["with"]["path"] == "preview"
    assert upload["with"]["name"] == "briefing-preview-${{ github.event.pull_request.number }}"
    for step in job["steps"]:
        if "BASE_SHA" in step.get("run", ""):
            assert step["env"] == {"BASE_SHA": BASE_SHA}
    # The Pages workflow still publishes main only.
    pages = yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text(encoding="utf-8"))
    assert pages[True]["push"]["branches"] == ["main"] and "pull_request" not in pages[True]


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), "-c", "user.name=Editor", "-c", "user.email=e@example.org",
                           *args], capture_output=True, text=True, check=True).stdout.strip()


def test_preview_commands_run_in_a_shallow_checkout(workflow: dict[str, Any], tmp_path: Path) -> None:
    # A repository laid out like this one: the project's code with the fixture briefing as its content.
    origin = tmp_path / "origin"
    shutil.copytree(FIXTURE_SITE, origin)
    shutil.copytree(ROOT / "briefing", origin / "briefing", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "templates", origin / "templates")
    shutil.copy(ROOT / "build.py", origin)
    shutil.copy(ROOT / "requirements.txt", origin)
    _git(origin, "init", "-q", "-b", "main")
    _git(origin, "add", ".")
    _git(origin, "commit", "-q", "-m", "base")
    base = _git(origin, "rev-parse", "HEAD")
    weapons = origin / "content/topics/weapons.yaml"
    weapons.write_text(weapons.read_text(encoding="utf-8").replace("value: 1000000", "value: 2000000"),
                       encoding="utf-8")
    _git(origin, "commit", "-q", "-am", "Raise the estimate")
    # actions/checkout: one commit deep.
    checkout = tmp_path / "checkout"
    subprocess.run(["git", "clone", "-q", "--depth=1", f"file://{origin}", str(checkout)], check=True)
    bin_dir = tmp_path / "bin"  # `python` on the PATH is this interpreter, as setup-python arranges
    bin_dir.mkdir()
    (bin_dir / "python").symlink_to(sys.executable)
    summary = tmp_path / "summary.md"
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "BASE_SHA": base,
           "GITHUB_STEP_SUMMARY": str(summary)}
    env.pop("NO_COLOR", None)
    runs = [step["run"] for step in workflow["jobs"]["preview"]["steps"] if "run" in step]
    assert runs[0] == "python -m pip install -r requirements.txt"  # installs what this test already has
    for command in runs[1:]:
        done = subprocess.run(["bash", "-e", "-c", command], cwd=checkout, env=env, capture_output=True,
                              text=True, timeout=300)
        assert done.returncode == 0, f"{command}\n{done.stdout}{done.stderr}"
    assert summary.read_text(encoding="utf-8") == (
        f"## Briefing diff `{base}` → `HEAD`\n\nFacts: 1 changed.\n\n### Changed facts\n\n"
        "- `shells-million` (weapons): North Korea delivered more than a million artillery shells to Russia.\n\n"
        "  | field | before | after |\n  |---|---|---|\n"
        "  | quantity | more than 1,000,000 artillery shells | more than 2,000,000 artillery shells |\n\n"
        "### What a reader sees differently\n\n"
        "- **artillery-shells-supplied**: 1 → 1 point; new nis: 2,000,000 (2024-03, shells-million); "
        "gone nis: 1,000,000 (2024-03, shells-million)\n")
    assert (checkout / "preview" / "index.html").is_file()
    assert (checkout / "preview" / "facts" / "shells-million.html").is_file()
