"""Workload library: MLIR generators for the stencil and GEMM programs sparta maps."""
