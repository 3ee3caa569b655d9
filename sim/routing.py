"""Stream routes between tiles: deterministic dimension-ordered paths and lane usage.

A DMA fifo is a circuit-switched stream: each switch-to-switch step it takes reserves one
lane (one master port) in that direction for the whole program. A route going up (or
level) climbs the source column to the destination row and then runs along that row; a
route going down first runs along the source row and then descends the destination
column. So streams between the shim row and the cores cross the array in the cores' rows,
not all in the shim row, and a stream and its reverse share one path. The rule is
deterministic, so the placement passes, the validator and the simulator agree on every
path without a router's search. A broadcast uses the union of its consumers' paths (a
multicast tree).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from sparta.sim.program import Coord

Edge = tuple[Coord, str]
"""A step out of a tile in a direction: 'north', 'south', 'east' or 'west'."""


def path(src: Coord, dst: Coord) -> list[Edge]:
    """The route from `src` to `dst` as (tile, direction) steps (see the module doc)."""
    steps: list[Edge] = []
    col, row = src.col, src.row

    def vertical() -> None:
        nonlocal row
        while row != dst.row:
            steps.append((Coord(col, row), "north" if dst.row > row else "south"))
            row += 1 if dst.row > row else -1

    def horizontal() -> None:
        nonlocal col
        while col != dst.col:
            steps.append((Coord(col, row), "east" if dst.col > col else "west"))
            col += 1 if dst.col > col else -1

    if dst.row < src.row:
        horizontal()
        vertical()
    else:
        vertical()
        horizontal()
    return steps


def hops(src: Coord, dst: Coord) -> int:
    """Switch-to-switch steps on the route from `src` to `dst`."""
    return abs(src.row - dst.row) + abs(src.col - dst.col)


def multicast_edges(src: Coord, destinations: Iterable[Coord]) -> set[Edge]:
    """The edges of the multicast tree from `src` to every destination."""
    edges: set[Edge] = set()
    for dst in destinations:
        edges.update(path(src, dst))
    return edges


def lane_usage(trees: Iterable[set[Edge]]) -> Counter[Edge]:
    """How many streams use each (tile, direction) step, over several routes."""
    usage: Counter[Edge] = Counter()
    for edges in trees:
        usage.update(edges)
    return usage
