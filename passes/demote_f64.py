"""Rewrite every f64 in a program to f32, for cores that have no fp64 units.

AI Engine cores have no double-precision arithmetic, yet many real stencil programs are
f64. `demote-f64` lets users compile them in single precision; the compiler refuses f64
otherwise, so the precision change is always the user's explicit choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from xdsl.context import Context
from xdsl.dialects.builtin import (
    ArrayAttr,
    DenseIntOrFPElementsAttr,
    DictionaryAttr,
    Float32Type,
    Float64Type,
    FloatAttr,
    ModuleOp,
    RankedStructure,
)
from xdsl.ir import Attribute, ParametrizedAttribute
from xdsl.passes import ModulePass
from xdsl.rewriter import Rewriter


def demote(attr: Attribute) -> Attribute:
    """`attr` with every f64 inside it (types, float constants, dense data) made f32."""
    if isinstance(attr, Float64Type):
        return Float32Type()
    if isinstance(attr, FloatAttr) and isinstance(attr.type, Float64Type):
        return FloatAttr(attr.value.data, Float32Type())
    if isinstance(attr, DenseIntOrFPElementsAttr):
        new_type = demote(attr.type)
        if new_type == attr.type:
            return attr
        # Only float element types mention f64, so the demoted type holds floats.
        return DenseIntOrFPElementsAttr.from_list(
            cast("RankedStructure[Float32Type]", new_type), list(attr.get_values())
        )
    if isinstance(attr, ArrayAttr):
        return ArrayAttr(tuple(demote(a) for a in attr.data))
    if isinstance(attr, DictionaryAttr):
        return DictionaryAttr({k: demote(v) for k, v in attr.data.items()})
    if isinstance(attr, ParametrizedAttribute) and attr.parameters:
        params = tuple(demote(p) for p in attr.parameters)
        if params != attr.parameters:
            return type(attr).new(params)
    return attr


@dataclass(frozen=True)
class DemoteF64Pass(ModulePass):
    """Demote all f64 types and constants to f32 (results, block arguments, attributes)."""

    name = "demote-f64"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for inner in list(op.walk()):
            for result in list(inner.results):
                if (new_type := demote(result.type)) != result.type:
                    Rewriter.replace_value_with_new_type(result, new_type)
            for region in inner.regions:
                for block in region.blocks:
                    for arg in list(block.args):
                        if (new_type := demote(arg.type)) != arg.type:
                            Rewriter.replace_value_with_new_type(arg, new_type)
            for name, value in list(inner.properties.items()):
                inner.properties[name] = demote(value)
            for name, value in list(inner.attributes.items()):
                inner.attributes[name] = demote(value)
