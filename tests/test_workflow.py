"""The GitHub Pages workflow: valid against the published workflow schema, built from the official Pages
actions with the permissions they need, and running commands this CLI really accepts."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT, run_cli

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


@pytest.fixture(scope="module")
def workflow() -> dict[str, Any]:
    document = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    document["on"] = document.pop(True, document.get("on"))  # YAML 1.1 reads the bare key `on` as true
    return document


def schema_check(path: Path) -> subprocess.CompletedProcess[str]:
    """check-jsonschema with its bundled copy of SchemaStore's github-workflow schema (no network)."""
    return subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                           str(path)], capture_output=True, text=True, timeout=120)


def test_workflow_matches_the_github_workflow_schema(tmp_path: Path) -> None:
    result = schema_check(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr
    broken = tmp_path / "broken.yml"  # the same file with a misspelt permission level must fail
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace("pages: write", "pages: writ"), encoding="utf-8")
    failed = schema_check(broken)
    assert failed.returncode == 1 and "writ" in failed.stdout


def test_workflow_uses_the_official_pages_actions(workflow: dict[str, Any]) -> None:
    assert workflow["on"]["push"]["branches"] == ["main"] and "workflow_dispatch" in workflow["on"]
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    uses = [step["uses"] for step in build["steps"] if "uses" in step]
    assert uses == ["actions/checkout@v4", "actions/setup-python@v5", "actions/configure-pages@v5",
                    "actions/upload-pages-artifact@v3"]
    assert build["steps"][0]["with"] == {"fetch-depth": 0}  # full history: dates from git are real
    upload = next(s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "output"
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert deploy["environment"]["url"] == "${{ steps.deployment.outputs.page_url }}"
    assert [s["uses"] for s in deploy["steps"]] == ["actions/deploy-pages@v4"]
    assert deploy["steps"][0]["id"] == "deployment"


def test_workflow_commands_are_ones_this_project_accepts(workflow: dict[str, Any], site: Path,
                                                         tmp_path: Path) -> None:
    runs = [step["run"] for step in workflow["jobs"]["build"]["steps"] if "run" in step]
    assert runs == ["python -m pip install -r requirements.txt", "python build.py check --no-cache",
                    'python build.py --no-cache --base-url "$BASE_URL/"']
    assert (ROOT / "requirements.txt").is_file()
    configure = next(s for s in workflow["jobs"]["build"]["steps"] if s.get("id") == "pages")
    build_step = next(s for s in workflow["jobs"]["build"]["steps"] if "--base-url" in s.get("run", ""))
    assert build_step["env"]["BASE_URL"] == "${{ steps." + configure["id"] + ".outputs.base_url }}"
    # Run the build step as the runner would, on the fixture, with the address Pages gives a project site.
    command = shlex.split(build_step["run"].replace("$BASE_URL", "https://user.github.io/repo"))
    assert command[:2] == ["python", "build.py"]
    result = run_cli(*command[2:], "--site", str(site), "--output", str(tmp_path / "output"))
    assert result.returncode == 0, result.stderr
    assert "<loc>https://user.github.io/repo/index.html</loc>" in (tmp_path / "output/sitemap.xml").read_text()
    check = run_cli(*shlex.split(runs[1])[2:], "--site", str(site))
    assert check.returncode == 0, check.stderr
