"""`stencil-prepare`: make a stencil program ready for mapping and record its work.

Runs xDSL's shape inference when temps lack bounds, checks that every op is one the tile
mapping supports (with the op's location when not) and that no f64 remains, and records
the program's mapping-independent work (source ops per output point times output points,
and the bytes it must read and write) as `sparta.work`, before any strategy inlines or
splits applies, so every mapping of the program reports the same work.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func, stencil
from xdsl.dialects.builtin import DictionaryAttr, Float64Type, IntegerAttr, ModuleOp, StringAttr
from xdsl.passes import ModulePass
from xdsl.transforms.shape_inference import ShapeInferencePass

from sparta.dialects.locations import location_of
from sparta.passes.stencil_model import extract_model, find_function
from sparta.sim.errors import InputError
from sparta.sim.program import Work

WORK = "sparta.work"


def write_work(function: func.FuncOp, work: Work) -> None:
    function.attributes[WORK] = DictionaryAttr(
        {
            "ops": IntegerAttr(work.ops, 64),
            "bytes_in": IntegerAttr(work.bytes_in, 64),
            "bytes_out": IntegerAttr(work.bytes_out, 64),
            "dtype": StringAttr(work.dtype),
        }
    )


def read_work(function: func.FuncOp) -> Work:
    """The work `stencil-prepare` recorded (measured now if it is missing)."""
    attr = function.attributes.get(WORK)
    if not isinstance(attr, DictionaryAttr):
        return extract_model(function).work()
    data = attr.data

    def number(key: str) -> int:
        value = data[key]
        assert isinstance(value, IntegerAttr)
        return int(value.value.data)

    dtype = data["dtype"]
    assert isinstance(dtype, StringAttr)
    return Work(number("ops"), number("bytes_in"), number("bytes_out"), dtype.data)


def _needs_shapes(function: func.FuncOp) -> bool:
    for op in function.walk():
        for result in op.results:
            if isinstance(result.type, stencil.TempType) and not isinstance(
                result.type.bounds, stencil.StencilBoundsAttr
            ):
                return True
    return False


def reject_f64(function: func.FuncOp) -> None:
    """AI Engine cores have no fp64: refuse f64 unless the user demoted it."""
    for op in function.walk():
        types = [r.type for r in op.results]
        types += [a.type for region in op.regions for b in region.blocks for a in b.args]
        if any(_mentions_f64(t) for t in types):
            raise InputError(
                f"'{op.name}' computes in f64, which AI Engine cores cannot (no fp64 units); "
                "rerun with --demote-f64 to compile the program in f32",
                location_of(op),
            )


def _mentions_f64(attr: object) -> bool:
    if isinstance(attr, Float64Type):
        return True
    return any(_mentions_f64(p) for p in getattr(attr, "parameters", ()))


@dataclass(frozen=True)
class StencilPreparePass(ModulePass):
    """Infer shapes, check support and record the program's work."""

    name = "stencil-prepare"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        function = find_function(op)
        reject_f64(function)
        if _needs_shapes(function):
            ShapeInferencePass().apply(ctx, op)
        write_work(function, extract_model(function).work())
