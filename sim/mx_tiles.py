"""MX operand tiles as the bytes a DMA moves: bit-packed element codes, then E8M0 scales.

A GEMM operand tile of an MX format travels as one flat byte token: its element codes in
row-major order packed `element_bits` apiece (two FP4 codes per byte, four FP6 codes per
three bytes, one FP8/INT8 code per byte, low bits first), followed by its E8M0 block
scales (one byte per block of `block` elements along K) in row-major order. So the
simulated DMA traffic is the format's real storage size, scales included.

An A tile is m x k blocked along k (scales m x k/block); a B tile k x n blocked along k
(scales k/block x n).
"""

from __future__ import annotations

from math import ceil

import numpy as np
from numpy.typing import NDArray

from sparta.sim.formats import NumberFormat, get_format

U8 = NDArray[np.uint8]


def code_bytes(fmt: str | NumberFormat, elements: int) -> int:
    """Bytes of `elements` packed codes (rounded up to a whole byte)."""
    return ceil(elements * get_format(fmt).element_bits / 8)


def tile_bytes(fmt: str | NumberFormat, rows: int, cols: int, block: int, along: int) -> int:
    """Bytes of a packed tile of `rows` x `cols` with blocks along axis `along`."""
    blocks = rows * ceil(cols / block) if along == 1 else ceil(rows / block) * cols
    return code_bytes(fmt, rows * cols) + blocks


def pack_codes(codes: NDArray[np.integer], fmt: str | NumberFormat) -> U8:
    """Row-major codes packed `element_bits` apiece, low bits first."""
    bits = get_format(fmt).element_bits
    flat = np.asarray(codes, dtype=np.uint8).reshape(-1)
    if bits == 8:
        return flat.copy()
    unpacked = np.unpackbits(flat[:, None], axis=1, count=8, bitorder="little")[:, :bits]
    return np.packbits(unpacked.reshape(-1), bitorder="little")


def unpack_codes(data: NDArray[np.integer], fmt: str | NumberFormat, count: int) -> U8:
    """The first `count` codes of packed bytes."""
    bits = get_format(fmt).element_bits
    raw = (
        np.asarray(data).view(np.uint8) if np.asarray(data).dtype != np.uint8 else np.asarray(data)
    )
    if bits == 8:
        return raw[:count].copy()
    stream = np.unpackbits(raw, bitorder="little")[: count * bits].reshape(count, bits)
    return np.packbits(stream, axis=1, bitorder="little").reshape(count)


def pack_tile(
    codes: NDArray[np.integer], scales: NDArray[np.integer], fmt: str | NumberFormat
) -> U8:
    """One flat token: packed codes, then the scale bytes."""
    return np.concatenate([pack_codes(codes, fmt), np.asarray(scales, dtype=np.uint8).reshape(-1)])


def unpack_tile(
    data: NDArray[np.integer], fmt: str | NumberFormat, rows: int, cols: int, block: int, along: int
) -> tuple[U8, U8]:
    """(codes rows x cols, scales) of a flat token."""
    raw = np.asarray(data).view(np.uint8)
    n_code = code_bytes(fmt, rows * cols)
    codes = unpack_codes(raw[:n_code], fmt, rows * cols).reshape(rows, cols)
    shape = (rows, ceil(cols / block)) if along == 1 else (ceil(rows / block), cols)
    scales = raw[n_code : n_code + shape[0] * shape[1]].reshape(shape)
    return codes, scales


def unpack_tiles(
    data: NDArray[np.integer], fmt: str | NumberFormat, rows: int, cols: int, block: int, along: int
) -> tuple[U8, U8]:
    """`unpack_tile` of a batch of flat tokens [batch, bytes]: codes [batch, rows, cols]
    and scales [batch, ...]."""
    raw = np.asarray(data).view(np.uint8)
    batch = raw.shape[0]
    count = rows * cols
    n_code = code_bytes(fmt, count)
    bits = get_format(fmt).element_bits
    if bits == 8:
        codes = raw[:, :count].copy()
    else:
        stream = np.unpackbits(raw[:, :n_code], axis=1, bitorder="little")[:, : count * bits]
        codes = np.packbits(stream.reshape(batch, count, bits), axis=2, bitorder="little").reshape(
            batch, count
        )
    shape = (rows, ceil(cols / block)) if along == 1 else (ceil(rows / block), cols)
    scales = raw[:, n_code : n_code + shape[0] * shape[1]].reshape(batch, *shape)
    return codes.reshape(batch, rows, cols), scales
