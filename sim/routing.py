"""Stream routes between tiles: deterministic dimension-ordered paths and lane usage.

A DMA fifo is a circuit-switched stream: each switch-to-switch step it takes reserves one
lane (one master port) in that direction for the whole program. Routes go along the source
column to the destination row, then along that row (vertical first), so the placement
passes, the validator and the simulator agree on every path without a router's search.
A broadcast uses the union of its consumers' paths (a multicast tree).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from sparta.sim.program import Coord

Edge = tuple[Coord, str]
"""A step out of a tile in a direction: 'north', 'south', 'east' or 'west'."""


def path(src: Coord, dst: Coord) -> list[Edge]:
    """The vertical-first route from `src` to `dst` as (tile, direction) steps."""
    steps: list[Edge] = []
    col, row = src.col, src.row
    while row != dst.row:
        direction = "north" if dst.row > row else "south"
        steps.append((Coord(col, row), direction))
        row += 1 if dst.row > row else -1
    while col != dst.col:
        direction = "east" if dst.col > col else "west"
        steps.append((Coord(col, row), direction))
        col += 1 if dst.col > col else -1
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
