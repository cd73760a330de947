"""One build at a time per output: overlapping `build.py` processes (and `serve`) never destroy
each other's work; output/ is always a complete site, and a busy output is waited for or refused."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, copy_site
from test_no_loss import _bigger, manifest

from briefing.write import OutputLock, _sweep, lock_path

ROUNDS = 20


def _start(site: Path, out: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, str(ROOT / "build.py"), "-q", "--site", str(site), "--output", str(out),
                             *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "NO_COLOR": "1"})


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path, dict, dict]:
    """Site A, a different site B, a site C with a content error, and the complete outputs of A and B."""
    base = tmp_path_factory.mktemp("concurrent")
    site_a, site_b = copy_site(base / "a"), copy_site(base / "b")
    _bigger(site_b)
    broken = copy_site(base / "c")
    (broken / "content/topics/weapons.yaml").write_text("title: [unclosed\n", encoding="utf-8")
    complete = []
    for site in (site_a, site_b):
        out = base / f"expected-{site.name}" / "output"
        process = _start(site, out)
        assert process.wait() == 0, process.stderr.read() if process.stderr else ""
        complete.append(manifest(out))
    return site_a, site_b, broken, complete[0], complete[1]


def test_overlapping_builds_leave_a_complete_site(sites: tuple, tmp_path: Path) -> None:
    site_a, site_b, broken, complete_a, complete_b = sites
    out = tmp_path / "www" / "output"
    rng = random.Random(15)
    waited = 0
    for round_ in range(ROUNDS):
        order = [site_a, site_b, broken]
        rng.shuffle(order)
        processes = []
        for site in order:  # overlapping starts: the second and third arrive while the first runs
            processes.append((site, _start(site, out)))
            time.sleep(rng.uniform(0, 0.3))
        for site, process in processes:
            _, err = process.communicate(timeout=120)
            assert "Traceback" not in err, err
            assert process.returncode == (1 if site == broken else 0), (round_, site.name, err)
            waited += "waiting for another build of" in err
        found = manifest(out)
        assert found in (complete_a, complete_b), f"round {round_}: output/ is not a complete site"
    assert waited, "no build ever had to wait: the builds did not overlap"
    # Nothing is left beside output/ but the lock file.
    assert sorted(p.name for p in out.parent.iterdir()) == [".output.lock", "output"]


def test_a_busy_output_is_waited_for_or_refused_with_no_wait(sites: tuple, tmp_path: Path) -> None:
    site_a, *_ = sites
    out = tmp_path / "output"
    with OutputLock(out):
        refused = _start(site_a, out, "--no-wait")
        _, err = refused.communicate(timeout=60)
        assert refused.returncode == 4, err
        assert f"build.py: error: another build is writing {out} (pid {os.getpid()})" in err
        assert "Traceback" not in err
        waiting = _start(site_a, out)
        assert waiting.stderr is not None
        line = waiting.stderr.readline()
        assert line.startswith(f"build.py: waiting for another build of {out} (pid {os.getpid()})…"), line
        time.sleep(0.3)
        assert waiting.poll() is None, "the second build did not wait"
        assert not out.exists()
    assert waiting.wait(timeout=60) == 0
    assert (out / "index.html").is_file()


def test_the_sweep_removes_only_the_trees_of_dead_builds(tmp_path: Path) -> None:
    out = tmp_path / "output"
    out.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        trees = {name: tmp_path / name for name in (
            f".output.{dead.pid}.new-tmp", f".output.{dead.pid}.3.retired-tmp",
            f".output.{alive.pid}.new-tmp", f".output.{alive.pid}.1.retired-tmp")}
        for tree in trees.values():
            (tree / "sub").mkdir(parents=True)
        _sweep(out)
        left = sorted(p.name for p in tmp_path.iterdir())
        assert left == sorted(["output", f".output.{alive.pid}.new-tmp", f".output.{alive.pid}.1.retired-tmp"])
    finally:
        alive.kill()
        alive.wait()
    _sweep(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]
    assert not lock_path(out).exists()  # sweeping never creates or removes the lock


def test_serve_and_a_cli_build_of_the_same_output_coexist(sites: tuple, tmp_path: Path) -> None:
    from test_serve import Server

    site = copy_site(tmp_path / "site")
    server = Server(site)
    try:
        out = site / "output"
        first = manifest(out)
        sheet = site / "content/topics/weapons.yaml"
        for round_ in range(3):  # a save (serve rebuilds) and a CLI build, overlapping
            generation = server.status()["generation"]
            sheet.write_text(sheet.read_text(encoding="utf-8").replace("title: Weapons", f"title: Weapons {round_}"),
                             encoding="utf-8")
            cli = _start(site, out)
            _, err = cli.communicate(timeout=120)
            assert cli.returncode == 0 and "Traceback" not in err, err
            status = server.wait_for_build(generation)
            assert status["ok"], status
            assert f"Weapons {round_}" in (out / "topics/weapons.html").read_text(encoding="utf-8")
            assert set(manifest(out)) == set(first)  # every page there, none half-written
        assert server.get("/topics/weapons.html")[0] == 200
    finally:
        _, err = server.stop()
    assert "Traceback" not in err
