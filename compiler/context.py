"""The xDSL context sparta parses with: every xDSL dialect plus sparta's own."""

from __future__ import annotations

from xdsl.context import Context
from xdsl.dialects import get_all_dialects

from sparta.dialects import get_all_dialects as get_sparta_dialects


def make_context() -> Context:
    """A fresh context with xDSL's and sparta's dialects registered lazily."""
    ctx = Context()
    for name, factory in get_all_dialects().items():
        ctx.register_dialect(name, factory)
    for name, factory in get_sparta_dialects().items():
        ctx.register_dialect(name, factory)
    return ctx
