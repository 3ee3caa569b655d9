"""The entry function of a program and the numpy view of its arguments.

Program I/O (`--inputs`, `--save-outputs`) is keyed `arg0, arg1, ...` in the entry
function's argument order; each field argument is an array of the field's full shape (halo
included) with a numpy dtype matching the element type. A field's lower bounds map to
array index 0, so `a[i - lb]` holds the field value at coordinate `i`.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from xdsl.dialects import func, stencil
from xdsl.dialects.builtin import (
    BFloat16Type,
    Float16Type,
    Float32Type,
    Float64Type,
    IndexType,
    IntegerType,
    ModuleOp,
    Signedness,
    TensorType,
)
from xdsl.ir import Attribute, BlockArgument

from sparta.dialects.locations import location_of
from sparta.sim.errors import InputError, UsageError

_FLOATS: dict[type[Attribute], str] = {
    Float16Type: "float16",
    Float32Type: "float32",
    Float64Type: "float64",
}


def numpy_dtype(element_type: Attribute) -> np.dtype:
    """The numpy dtype holding values of an MLIR element type (signless ints as signed)."""
    if isinstance(element_type, IntegerType):
        width = element_type.width.data
        unsigned = element_type.signedness.data == Signedness.UNSIGNED
        if width == 1:
            return np.dtype(np.bool_)
        if width in (8, 16, 32, 64):
            return np.dtype(f"{'u' if unsigned else ''}int{width}")
    if isinstance(element_type, IndexType):
        return np.dtype(np.int64)
    if isinstance(element_type, BFloat16Type):
        import ml_dtypes

        return np.dtype(ml_dtypes.bfloat16)
    name = _FLOATS.get(type(element_type))
    if name is not None:
        return np.dtype(name)
    raise InputError(f"unsupported element type {element_type}")


@dataclass(frozen=True)
class ArgSpec:
    """One entry-function argument as an array: its key, shape, bounds and dtype."""

    index: int
    kind: str
    """'field' (a stencil field), 'tensor' or 'scalar'."""
    shape: tuple[int, ...]
    lower_bounds: tuple[int, ...]
    element_type: Attribute
    dtype: np.dtype

    @property
    def key(self) -> str:
        return f"arg{self.index}"


def entry_function(module: ModuleOp, name: str | None = None) -> func.FuncOp:
    """The function named `name`, or the first public function with a body."""
    functions = [op for op in module.walk() if isinstance(op, func.FuncOp)]
    if name is not None:
        for function in functions:
            if function.sym_name.data == name:
                return function
        available = ", ".join(f"@{f.sym_name.data}" for f in functions) or "none"
        raise UsageError(f"no function named '{name}' in the input (functions: {available})")
    for function in functions:
        public = function.sym_visibility is None or function.sym_visibility.data == "public"
        if public and function.body.blocks:
            return function
    raise InputError("the input has no public func.func with a body to compile")


def _cast_bounds(arg: BlockArgument) -> stencil.StencilBoundsAttr | None:
    """Bounds given to a dynamically shaped field by a `stencil.cast` of it."""
    for use in arg.uses:
        if isinstance(use.operation, stencil.CastOp):
            result_type = use.operation.result.type
            if isinstance(result_type, stencil.FieldType) and isinstance(
                result_type.bounds, stencil.StencilBoundsAttr
            ):
                return result_type.bounds
    return None


def argument_specs(function: func.FuncOp) -> list[ArgSpec]:
    """Array specs of every argument of `function`, in order."""
    specs: list[ArgSpec] = []
    for arg in function.body.block.args:
        specs.append(_spec(function, arg))
    return specs


def _spec(function: func.FuncOp, arg: BlockArgument) -> ArgSpec:
    arg_type = arg.type
    if isinstance(arg_type, stencil.FieldType):
        bounds = arg_type.bounds
        if not isinstance(bounds, stencil.StencilBoundsAttr):
            bounds = _cast_bounds(arg)
        if bounds is None:
            raise InputError(
                f"field argument %{arg.name_hint or arg.index} has no static bounds "
                "(give it a shape or a stencil.cast to one)",
                location_of(function),
            )
        lower = tuple(bounds.lb)
        shape = tuple(hi - lo for lo, hi in zip(bounds.lb, bounds.ub, strict=True))
        element = arg_type.get_element_type()
        try:
            dtype = numpy_dtype(element)
        except InputError as err:
            raise InputError(
                f"field argument {arg.index} of @{function.sym_name.data}: {err.message}",
                location_of(function),
            ) from None
        return ArgSpec(arg.index, "field", shape, lower, element, dtype)
    if isinstance(arg_type, TensorType):
        shape = tuple(arg_type.get_shape())
        if any(d < 0 for d in shape):
            raise InputError(
                f"tensor argument {arg.index} has a dynamic shape {arg_type}",
                location_of(function),
            )
        element = arg_type.get_element_type()
        return ArgSpec(arg.index, "tensor", shape, (0,) * len(shape), element, numpy_dtype(element))
    try:
        dtype = numpy_dtype(arg_type)
    except InputError:
        raise InputError(
            f"argument {arg.index} of @{function.sym_name.data} has type {arg_type}; sparta "
            "takes stencil fields, tensors and scalars of integer or float types",
            location_of(function),
        ) from None
    return ArgSpec(arg.index, "scalar", (), (), arg_type, dtype)
