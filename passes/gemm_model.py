"""A GEMM/MLP program as plain data: a chain of `act(x @ W + b)` layers.

Recognizes `linalg.matmul` on tensors (with a `linalg.fill` zero init), optionally
followed by a `linalg.generic` adding a 1-D bias along rows and a `linalg.generic`
taking `max(x, 0)` (ReLU), each layer reading the previous layer's result. The first
matmul's left operand is the network input; every right operand, and every bias, must be a
function argument (the weights the compiler quantizes).
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.dialects import arith, func, tensor
from xdsl.dialects.builtin import FloatAttr, IntegerAttr, ModuleOp, TensorType
from xdsl.dialects.linalg.ops import FillOp, GenericOp, MatmulOp
from xdsl.ir import BlockArgument, Operation, SSAValue

from sparta.dialects.locations import location_of
from sparta.sim.errors import InputError, SourceLocation


@dataclass(frozen=True)
class GemmLayer:
    """One layer: `[m, k] @ weight[k, n] (+ bias[n]) (then ReLU)`."""

    m: int
    k: int
    n: int
    weight_arg: int
    bias_arg: int | None
    relu: bool
    location: SourceLocation | None = None


@dataclass(frozen=True)
class GemmModel:
    """A chain of layers applied to the function's input argument."""

    name: str
    input_arg: int
    layers: tuple[GemmLayer, ...]

    @property
    def ops(self) -> int:
        """Source arithmetic ops: a multiply and an add per MAC, one op per bias add and ReLU."""
        total = 0
        for layer in self.layers:
            total += 2 * layer.m * layer.k * layer.n
            total += layer.m * layer.n * ((layer.bias_arg is not None) + layer.relu)
        return total


def is_gemm(module: ModuleOp) -> bool:
    """Whether the module holds a linalg.matmul to compile."""
    return any(isinstance(op, MatmulOp) for op in module.walk())


def find_gemm_function(module: ModuleOp) -> func.FuncOp:
    for op in module.walk():
        if isinstance(op, func.FuncOp) and any(isinstance(o, MatmulOp) for o in op.walk()):
            return op
    raise InputError("the module has no function with a linalg.matmul")


def _shape(value: SSAValue) -> tuple[int, ...]:
    if not isinstance(value.type, TensorType):
        raise InputError(f"expected a tensor, got {value.type}")
    shape = tuple(value.type.get_shape())
    if any(d < 0 for d in shape):
        raise InputError(f"dynamic tensor shapes are not supported ({value.type})")
    return shape


def _arg(value: SSAValue, what: str, op: Operation) -> int:
    if not isinstance(value, BlockArgument):
        raise InputError(f"the {what} must be a function argument", location_of(op))
    return value.index


def _single_use(value: SSAValue) -> Operation | None:
    users = [use.operation for use in value.uses]
    return users[0] if len(users) == 1 else None


def _is_bias(op: Operation, value: SSAValue) -> SSAValue | None:
    """The bias operand if `op` is a generic adding a 1-D tensor to `value` row-wise."""
    if not isinstance(op, GenericOp) or len(op.inputs) != 2 or op.inputs[0] != value:
        return None
    bias = op.inputs[1]
    if len(_shape(bias)) != 1 or _shape(bias)[0] != _shape(value)[1]:
        return None
    maps = [m.data for m in op.indexing_maps.data]
    if len(maps) != 3 or str(maps[1]) != "(d0, d1) -> (d1)":
        return None  # the bias must run along each row's columns
    body = list(op.body.block.ops)
    args = op.body.block.args
    if len(body) != 2 or not isinstance(body[0], arith.AddfOp):
        return None
    if {body[0].lhs, body[0].rhs} != {args[0], args[1]} or not _yields(body, body[0]):
        return None
    return bias


def _yields(body: list[Operation], value_op: Operation) -> bool:
    last = body[-1]
    return len(last.operands) == 1 and last.operands[0] == value_op.results[0]


def _is_zero(value: SSAValue) -> bool:
    owner = value.owner
    return (
        isinstance(owner, arith.ConstantOp)
        and isinstance(owner.value, FloatAttr | IntegerAttr)
        and float(owner.value.value.data) == 0.0
    )


def _is_relu(op: Operation, value: SSAValue) -> bool:
    if not isinstance(op, GenericOp) or len(op.inputs) != 1 or op.inputs[0] != value:
        return False
    body = list(op.body.block.ops)
    if len(body) != 2 or not isinstance(body[0], arith.MaximumfOp | arith.MaxnumfOp):
        return False
    relu = body[0]
    return relu.lhs == op.body.block.args[0] and _is_zero(relu.rhs) and _yields(body, relu)


def extract_gemm(function: func.FuncOp) -> GemmModel:
    """The layer chain of `function`."""
    matmuls = [op for op in function.walk() if isinstance(op, MatmulOp)]
    if not matmuls:
        raise InputError("the function has no linalg.matmul", location_of(function))
    first = matmuls[0]
    input_arg = _arg(first.inputs[0], "first matmul's left operand (the input)", first)
    layers = []
    current: SSAValue = first.inputs[0]
    for index, mm in enumerate(matmuls):
        if mm.inputs[0] != current:
            raise InputError(
                f"matmul {index} does not read the previous layer's output; only chains of "
                "layers are supported",
                location_of(mm),
            )
        a, w = _shape(mm.inputs[0]), _shape(mm.inputs[1])
        if len(a) != 2 or len(w) != 2 or a[1] != w[0]:
            raise InputError(f"matmul shapes {a} x {w} do not chain", location_of(mm))
        weight = _arg(mm.inputs[1], "weight (the matmul's right operand)", mm)
        init = mm.outputs[0].owner
        if not isinstance(init, FillOp) or not _is_zero(init.inputs[0]):
            raise InputError(
                "the matmul must accumulate into a linalg.fill'ed zero tensor", location_of(mm)
            )
        value: SSAValue = mm.results[0]
        bias_arg = None
        relu = False
        user = _single_use(value)
        bias = _is_bias(user, value) if user is not None else None
        if bias is not None:
            assert user is not None
            bias_arg = _arg(bias, "bias", user)
            value = user.results[0]
            user = _single_use(value)
        if user is not None and _is_relu(user, value):
            relu = True
            value = user.results[0]
            user = _single_use(value)
        if isinstance(user, GenericOp):
            raise InputError(
                "this linalg.generic is neither a row bias add (x[i, j] + b[j]) nor a ReLU "
                "(max(x, 0)) in that order after a matmul, the only epilogues the GEMM "
                "mapping supports",
                location_of(user),
            )
        layers.append(GemmLayer(a[0], a[1], w[1], weight, bias_arg, relu, location_of(mm)))
        current = value
    ret = function.body.block.last_op
    if not isinstance(ret, func.ReturnOp) or list(ret.arguments) != [current]:
        raise InputError(
            "the function must return the last layer's output (and nothing else)",
            location_of(ret),
        )
    for op in function.body.block.ops:
        if not isinstance(
            op,
            MatmulOp | GenericOp | FillOp | tensor.EmptyOp | arith.ConstantOp | func.ReturnOp,
        ):
            raise InputError(
                f"'{op.name}' is not part of a matmul/bias/ReLU chain the GEMM mapping supports",
                location_of(op),
            )
    return GemmModel(function.sym_name.data, input_arg, tuple(layers))
