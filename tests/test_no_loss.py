"""No loss: a build killed with SIGKILL at any moment leaves output/ as either the complete previous
site or the complete new one, and no build ever writes the editor's files."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, copy_site

RUNS = 20
FACTS = 30  # more pages than the fixture, so rendering and writing take a moment to hit


def manifest(folder: Path) -> dict[str, str]:
    """Every file under `folder` with the SHA-256 of its bytes."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def editor_files(site: Path) -> dict[str, str]:
    return {name: digest for name, digest in manifest(site).items()
            if name == "site.yaml" or name.startswith("content/")}


def _bigger(site: Path) -> None:
    """Turn the fixture into a different briefing: one topic fewer, one new topic of many facts."""
    quote = "Both Russia and North Korea have rejected the accusations."
    facts = "".join(f"""  - id: generated-{n}
    claim: Generated claim number {n} for the kill test.
    date: 2023-{n % 12 + 1:02d}
    positions:
      - actor: russia
        stance: denies
        citations:
          - source: wire-2024-03
            quote: {quote}
""" for n in range(FACTS))
    (site / "content/topics/bulk.yaml").write_text(f"title: Bulk\nsummary: Many facts.\nfacts:\n{facts}",
                                                   encoding="utf-8")
    (site / "content/topics/diplomacy.yaml").unlink()
    site_yaml = site / "site.yaml"
    site_yaml.write_text(site_yaml.read_text(encoding="utf-8").replace("topics: [weapons, diplomacy]",
                                                                        "topics: [weapons, bulk]"), encoding="utf-8")


def _start(site: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, str(ROOT / "build.py"), "-q", "--site", str(site), "--output", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, "NO_COLOR": "1"})


def _staging_seen(out: Path, pid: int) -> bool:
    """The build with this process id has started assembling the new site beside output/."""
    return any(out.parent.glob(f".{out.name}.{pid}.*"))


def under_way(process: subprocess.Popen, out: Path, settle: float = 0.0) -> bool:
    """Wait until the build `process` writes into `out` has its staging tree (then `settle` seconds
    more): True if it is still running, so that a signal sent now lands inside the build."""
    deadline = time.monotonic() + 120
    while not _staging_seen(out, process.pid) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    time.sleep(settle)
    return process.poll() is None


@pytest.fixture(scope="module")
def two_sites(tmp_path_factory: pytest.TempPathFactory) -> tuple:
    """Sites A and B, the manifests of their complete outputs, how long the write phase and a build last."""
    base = tmp_path_factory.mktemp("noloss")
    site_a = copy_site(base / "a")
    site_b = copy_site(base / "b")
    _bigger(site_b)
    manifests = []
    window = duration = 0.0
    for site in (site_a, site_b):
        out = base / f"expected-{site.name}" / "output"
        started = time.monotonic()
        process = _start(site, out)
        staged_at = None
        while process.poll() is None:  # how long between the staging tree appearing and the end
            if staged_at is None and _staging_seen(out, process.pid):
                staged_at = time.monotonic()
            time.sleep(0.001)
        assert process.returncode == 0, process.stderr.read() if process.stderr else ""
        if staged_at is not None:
            window = max(window, time.monotonic() - staged_at)
        duration = max(duration, time.monotonic() - started)
        manifests.append(manifest(out))
    assert manifests[0] != manifests[1]
    return site_a, site_b, manifests[0], manifests[1], max(window, 0.05), duration


def test_killed_builds_leave_the_old_or_the_new_site(two_sites: tuple, tmp_path: Path) -> None:
    site_a, site_b, complete_a, complete_b, window, duration = two_sites
    sites = {"a": (site_a, complete_a), "b": (site_b, complete_b)}
    before = {name: editor_files(site) for name, (site, _) in sites.items()}
    out = tmp_path / "www" / "output"
    assert _start(site_a, out).wait() == 0
    current = "a"
    rng = random.Random(20240216)
    outcomes = {"old": 0, "new": 0}
    for run in range(RUNS):
        target = "b" if current == "a" else "a"
        process = _start(sites[target][0], out)
        if run % 2:  # aim inside the write phase: after the staging tree appears
            deadline = time.monotonic() + 30
            while not _staging_seen(out, process.pid) and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.0005)
            time.sleep(rng.uniform(0, window))
        else:  # anywhere in the whole run, start-up included
            time.sleep(rng.uniform(0, duration * 1.2))
        process.send_signal(signal.SIGKILL)
        process.wait()
        found = manifest(out)
        assert found in (sites[current][1], sites[target][1]), \
            f"run {run}: output/ is neither the complete old nor the complete new site"
        if found == sites[target][1]:
            outcomes["new"] += 1
            current = target
        else:
            outcomes["old"] += 1
    assert {name: editor_files(site) for name, (site, _) in sites.items()} == before, "a build wrote content"
    # Both outcomes happened, so the kills really landed on both sides of the swap.
    assert outcomes["old"] and outcomes["new"], (outcomes, window, duration)
    # The next build cleans up whatever the killed ones left beside output/.
    target = "b" if current == "a" else "a"
    assert _start(sites[target][0], out).wait() == 0
    assert manifest(out) == sites[target][1]
    # Only the lock file stays beside output/ (never removed: the kernel frees a dead holder's lock).
    assert sorted(p.name for p in out.parent.iterdir()) == [".output.lock", "output"]
