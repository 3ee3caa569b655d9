// RUN: sparta-opt %s -p 'gemm-quantize{format=mxfp4_e2m1 activations=mxfp4_e2m1 target=npu1},gemm-tile{m=16 k=32 n=16 target=npu1},gemm-partition{target=npu1 max-tiles=2},gemm-place{target=npu1},gemm-to-tile{target=npu1}' | filecheck %s
// RUN: sparta-opt %s -p 'gemm-quantize{format=mxfp4_e2m1 activations=mxfp4_e2m1 target=npu1},gemm-tile{m=16 k=32 n=16 target=npu1},gemm-partition{target=npu1 max-tiles=2},gemm-place{target=npu1},gemm-to-tile{target=npu1}' | sparta-opt | filecheck %s
// RUN: not sparta-opt %s -p 'gemm-quantize{format=int8},gemm-tile,gemm-partition,gemm-to-tile' 2>&1 | filecheck %s --check-prefix=ORDER
// RUN: sparta-opt %s -p 'gemm-quantize{format=int8},gemm-tile{m=16 k=32 n=16 io=pl},gemm-partition{max-tiles=2},gemm-place,gemm-to-tile' | filecheck %s --check-prefix=PL

// gemm-to-tile replaces the function by one tile.program per layer. Here a 32 x 64 x 32
// GEMM in W4A4 MXFP4 on two npu1 cores (a 1 x 2 grid of 16 x 32 x 16 tiles): 2 rounds (the
// two 16-row blocks) of 2 k steps. An MXFP4 16 x 32 tile packs 512 four-bit codes (256
// bytes) and 16 E8M0 scales (one 32-element block per row): 272 bytes per token. A holds
// 2 row blocks x 2 k steps of them (1088 bytes), B 2 k steps x 2 column blocks. The work
// is 2 x 32 x 64 x 32 = 131072 ops, 2 x 2048 elements x 4.25 bits = 2176 bytes in, and
// 32 x 32 f32 out. One A stream feeds both cores of the row; each column has its own B
// stream and output stream. Each core zeroes its accumulator once per round and runs the
// MX matmul once per k step.

func.func @gemm(%a: tensor<32x64xf32>, %b: tensor<64x32xf32>) -> tensor<32x32xf32> {
  %zero = arith.constant 0.0 : f32
  %init = tensor.empty() : tensor<32x32xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%init : tensor<32x32xf32>) -> tensor<32x32xf32>
  %c = linalg.matmul ins(%a, %b : tensor<32x64xf32>, tensor<64x32xf32>) outs(%acc : tensor<32x32xf32>) -> tensor<32x32xf32>
  func.return %c : tensor<32x32xf32>
}

// CHECK:      tile.program @gemm_layer0 on "npu1" work(ops 131072, bytes_in 2176, bytes_out 4096, dtype f32, matmul int8)
// CHECK-SAME:   partition = "1 x 2 cores, tiles m=16 k=32 n=16, 2 rounds of 2 k-steps, padded to 32x64x32"
// CHECK-NOT:  func.func
// CHECK:      tile.external @arg0 arg 0 : memref<1088xi8>
// CHECK-NEXT: tile.external @arg1 arg 1 : memref<1088xi8>
// CHECK-NEXT: tile.external @arg2 arg 2 : memref<32x32xf32>
// CHECK-NEXT: tile.fifo @a0 ({{%[a-z0-9.]+}} -> [[C0:%tile[0-9.]+]] dma depth 2 {{.*}}, [[C1:%tile[0-9.]+]] dma depth 2 {{.*}}) {{.*}} : memref<272xi8>
// CHECK-NEXT: tile.fifo @b0 ({{%[a-z0-9.]+}} -> [[C0]] dma depth 2 {{.*}}) {{.*}} : memref<272xi8>
// CHECK-NEXT: tile.fifo @b1 ({{%[a-z0-9.]+}} -> [[C1]] dma depth 2 {{.*}}) {{.*}} : memref<272xi8>
// CHECK-NEXT: tile.fifo @o0_0 ([[C0]] -> {{.*}} : memref<16x16xf32>
// CHECK-NEXT: tile.fifo @o0_1 ([[C1]] -> {{.*}} : memref<16x16xf32>
// CHECK:      tile.kernel @mac(
// CHECK:        tile.matmul {{.*}} {precision = "int8", a_format = "mxfp4_e2m1", b_format = "mxfp4_e2m1", block = 32 : i64, mkn = array<i64: 16, 32, 16>} : vector<272xi8>, vector<272xi8>, vector<16x16xf32>
// CHECK:      tile.core([[C0]]) {
// CHECK-NEXT:   tile.loop 2 {
// CHECK-NEXT:     tile.acquire @o0_0 produce 1
// CHECK-NEXT:     tile.run @zero(@o0_0)
// CHECK-NEXT:     tile.loop 2 {
// CHECK-NEXT:       tile.acquire @a0 consume 1
// CHECK-NEXT:       tile.acquire @b0 consume 1
// CHECK-NEXT:       tile.run @mac(@a0, @b0, @o0_0)
// CHECK:      tile.core([[C1]]) {
// CHECK:            tile.run @mac(@a0, @b1, @o0_1)
// CHECK:      tile.transfer mm2s {{.*}} @arg0 -> @a0
// CHECK:      tile.transfer s2mm {{.*}} @o0_1 -> @arg2

// ORDER: gemm-to-tile.mlir:20:3: error: the matmul has no sparta.placement attribute; run gemm-place first

// With io=pl on vck190 every transfer runs on a PL stream of a PL interface column (0, 1,
// 4, ...): A on stream 0 of (4,0), B and the outputs on stream 0 of (0,0) and (1,0).
// PL:      placement = "A on 1 and B on 2 PL streams, outputs drained down 2 columns"
// PL:      tile.transfer mm2s %shim4.0 stream 0 @arg0 -> @a0
// PL-NEXT: tile.transfer mm2s %shim0.0 stream 0 @arg1 -> @b0
// PL-NEXT: tile.transfer mm2s %shim1.0 stream 0 @arg1 -> @b1
// PL-NEXT: tile.transfer s2mm %shim0.0 stream 0 @o0_0 -> @arg2
// PL-NEXT: tile.transfer s2mm %shim1.0 stream 0 @o0_1 -> @arg2
