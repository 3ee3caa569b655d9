"""`stencil-fold-constants`: compute once what every point of an apply computes alike.

Generated code spells its coefficients as arithmetic on constants: Devito writes
`math.fpowi(%h_x, -2)` for 1/h^2 beside every access, a transcendental op per point that
a core would evaluate for every vector. This pass replaces each element-wise op whose
operands are all `arith.constant`s by the constant it computes, until none is left, then
drops constants nothing reads.

The value comes from the numpy reference's own handler for the op
(`reference_ops.evaluate_elementwise`), so the folded program computes bit for bit what
the reference computes from the unfolded one. It lives in `compiler/` for that reason:
`passes/` may not import the reference. Folded: results of integer, index and f32/f64
types (f16 and bf16 constants keep their ops: their attributes would round differently).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from xdsl.context import Context
from xdsl.dialects import arith, stencil
from xdsl.dialects.builtin import (
    Float32Type,
    Float64Type,
    FloatAttr,
    IndexType,
    IntegerAttr,
    IntegerType,
    ModuleOp,
)
from xdsl.ir import Attribute, Operation
from xdsl.passes import ModulePass
from xdsl.rewriter import Rewriter
from xdsl.transforms.dead_code_elimination import is_trivially_dead

from sparta.compiler.reference_ops import evaluate_elementwise, is_elementwise, signed


def _constant_attr(value: np.ndarray, result_type: Attribute) -> Attribute | None:
    """The attribute of an `arith.constant` of `result_type` holding `value`."""
    if isinstance(result_type, Float32Type | Float64Type):
        return FloatAttr(float(value), result_type)
    if isinstance(result_type, IntegerType | IndexType):
        return IntegerAttr(int(signed(value, result_type)), result_type)
    return None


def _fold(op: Operation) -> bool:
    """Replace `op` by the constant it computes, if its operands are all constants."""
    if op.parent is None or isinstance(op, arith.ConstantOp) or not is_elementwise(op):
        return False
    if len(op.results) != 1:
        return False
    owners = [operand.owner for operand in op.operands]
    if not owners or not all(isinstance(owner, arith.ConstantOp) for owner in owners):
        return False
    arguments = [evaluate_elementwise(owner, [])[0] for owner in owners]  # type: ignore[arg-type]
    if any(np.ndim(argument) for argument in arguments):
        return False  # dense (vector) constants stay
    (value,) = evaluate_elementwise(op, arguments)
    attr = _constant_attr(np.asarray(value), op.results[0].type)
    if attr is None:
        return False
    constant = arith.ConstantOp(attr, op.results[0].type)  # type: ignore[arg-type]
    constant.location = op.location
    constant.results[0].name_hint = op.results[0].name_hint
    Rewriter.replace_op(op, constant)
    return True


@dataclass(frozen=True)
class StencilFoldConstantsPass(ModulePass):
    """Fold element-wise ops on constants inside `stencil.apply` bodies."""

    name = "stencil-fold-constants"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for apply in [o for o in op.walk() if isinstance(o, stencil.ApplyOp)]:
            body = list(apply.region.walk())
            for inner in body:
                _fold(inner)
            for inner in reversed(list(apply.region.walk())):
                if isinstance(inner, arith.ConstantOp) and is_trivially_dead(inner):
                    Rewriter.erase_op(inner)
