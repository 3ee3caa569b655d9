"""Parse and verify MLIR text from stdin with the upstream MLIR bindings shipped with IREE.

Prints `VERIFIED` and exits 0, or prints MLIR's diagnostic and exits 1. Used by the lit tests
of `sparta-compile --emit mlir`: `sparta-compile %s --emit mlir | python %S/verify_mlir.py`.
"""

from __future__ import annotations

import sys

from iree.compiler import ir


def main() -> int:
    text = sys.stdin.read()
    with ir.Context():
        try:
            ir.Module.parse(text).operation.verify()
        except ir.MLIRError as err:
            print(err)
            return 1
    print("VERIFIED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
