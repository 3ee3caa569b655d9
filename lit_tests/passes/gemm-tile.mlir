// RUN: sparta-opt %s -p 'gemm-quantize{format=int8},gemm-tile' | filecheck %s --check-prefix=SEARCH
// RUN: sparta-opt %s -p 'gemm-quantize{format=int8},gemm-tile{m=32 k=32 n=16}' | filecheck %s --check-prefix=FORCED
// RUN: sparta-opt %s -p 'gemm-quantize{format=mxfp4_e2m1 target=npu1},gemm-tile{target=npu1 m=64 k=64 n=64 share=2}' | filecheck %s --check-prefix=SHARED
// RUN: not sparta-opt %s -p 'gemm-quantize{format=mxfp4_e2m1},gemm-tile{m=16 k=48 n=16}' 2>&1 | filecheck %s --check-prefix=BLOCK
// RUN: not sparta-opt %s -p 'gemm-quantize{format=int8},gemm-tile{m=128 k=256 n=128}' 2>&1 | filecheck %s --check-prefix=MEMORY
// RUN: not sparta-opt %s -p 'gemm-quantize{format=int8},gemm-tile{m=16 k=32}' 2>&1 | filecheck %s --check-prefix=PARTIAL
// RUN: not sparta-opt %s -p 'gemm-tile' 2>&1 | filecheck %s --check-prefix=ORDER
// RUN: sparta-opt %s -p 'gemm-quantize{format=int8},gemm-tile{m=32 k=32 n=16 io=pl}' | filecheck %s --check-prefix=PL
// RUN: not sparta-opt %s -p 'gemm-quantize{format=int8 target=npu1},gemm-tile{target=npu1 io=pl}' 2>&1 | filecheck %s --check-prefix=NOPL
// RUN: not sparta-opt %s -p 'gemm-quantize{format=int8},gemm-tile{io=dram}' 2>&1 | filecheck %s --check-prefix=BADIO

// gemm-tile records each core's output tile (m x n), its K step (k) and how many columns
// one B stream feeds (share). The search keeps the tile of the fastest timed grid; a
// forced tile is recorded as given if it fits. It also records where the operands and
// results cross the array edge (io): the shim DMA channels, or PL streams (vck190 only). A
// forced tile is recorded as given if it fits: 32 KB on vck190 holds the stack (1 KB), two
// A and two B tiles and two i32 output tiles.

func.func @gemm(%a: tensor<64x96xf32>, %b: tensor<96x80xf32>) -> tensor<64x80xf32> {
  %zero = arith.constant 0.0 : f32
  %init = tensor.empty() : tensor<64x80xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%init : tensor<64x80xf32>) -> tensor<64x80xf32>
  %c = linalg.matmul ins(%a, %b : tensor<64x96xf32>, tensor<96x80xf32>) outs(%acc : tensor<64x80xf32>) -> tensor<64x80xf32>
  func.return %c : tensor<64x80xf32>
}

// The smallest tiles divide 64 x 96 x 80 without padding and let the grid cover the output
// in one round (2 x 5 cores), which the engine times fastest.
// SEARCH:      sparta.gemm_tile = {m = 16 : i64, k = 32 : i64, n = 16 : i64, share = 1 : i64, io = "shim"}
// SEARCH-NOT:  sparta.partition
// FORCED:      sparta.gemm_tile = {m = 32 : i64, k = 32 : i64, n = 16 : i64, share = 1 : i64, io = "shim"}
// SHARED:      sparta.gemm_tile = {m = 64 : i64, k = 64 : i64, n = 64 : i64, share = 2 : i64, io = "shim"}
// MX blocks are 32 elements along K, so an MX tile's k must be a multiple of 32.
// BLOCK:       gemm-tile.mlir:23:3: error: gemm-tile: k=48 must be a multiple of the MX block (32) for 'mxfp4_e2m1'
// 1024 + 2 x 128 x 256 + 2 x 256 x 128 + 2 x 128 x 128 x 4 = 263168 bytes.
// MEMORY:      gemm-tile.mlir:23:3: error: a 128x256x128 tile (B shared by 1 columns) in 'int8' does not fit a core of vck190: needs 263168 B of 32768 B: stack 1024, A 2 x 32768, B 2 x 32768, outputs 2 x 65536; force a smaller tile or omit m, k and n to let the search choose
// PARTIAL:     error: gemm-tile: give all of m, k and n to force a tile, or none
// ORDER:       gemm-tile.mlir:23:3: error: the matmul has no sparta.quant attribute; run gemm-quantize first
// PL:          sparta.gemm_tile = {m = 32 : i64, k = 32 : i64, n = 16 : i64, share = 1 : i64, io = "pl"}
// NOPL:        gemm-tile.mlir:23:3: error: npu1 has no PL streams (its device file has no [pl] section); GEMM I/O cannot use 'pl'
// BADIO:       gemm-tile.mlir:23:3: error: unknown GEMM I/O 'dram': use one of shim, pl
