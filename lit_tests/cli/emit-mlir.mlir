// `--emit mlir` writes upstream MLIR (func, tensor, linalg, arith): fields become tensors of
// their full shape, each apply a linalg.generic over extracted slices, each store an
// insert_slice; the function returns every argument. (lit_tests/emit_mlir verifies such
// output with the upstream parser.)
// RUN: sparta-compile %s --emit mlir | filecheck %s
// RUN: sparta-compile %s --emit mlir -o %t.mlir
// RUN: filecheck %s --input-file %t.mlir

// The interior [0,4) x [0,4) x [0,8) starts at index (0, 1, 1) of the 4 x 6 x 10 field; the
// four accesses are slices shifted by their offsets.
// CHECK-LABEL: func.func @planes(%in: tensor<4x6x10xi32>, %out: tensor<4x6x10xi32>) -> (tensor<4x6x10xi32>, tensor<4x6x10xi32>) {
// CHECK-NEXT:    %[[N:.*]] = tensor.extract_slice %in[0, 0, 1] [4, 4, 8] [1, 1, 1] : tensor<4x6x10xi32> to tensor<4x4x8xi32>
// CHECK-NEXT:    %[[S:.*]] = tensor.extract_slice %in[0, 2, 1] [4, 4, 8] [1, 1, 1] : tensor<4x6x10xi32> to tensor<4x4x8xi32>
// CHECK-NEXT:    %[[W:.*]] = tensor.extract_slice %in[0, 1, 0] [4, 4, 8] [1, 1, 1] : tensor<4x6x10xi32> to tensor<4x4x8xi32>
// CHECK-NEXT:    %[[E:.*]] = tensor.extract_slice %in[0, 1, 2] [4, 4, 8] [1, 1, 1] : tensor<4x6x10xi32> to tensor<4x4x8xi32>
// CHECK-NEXT:    %[[INIT:.*]] = tensor.empty() : tensor<4x4x8xi32>
// CHECK-NEXT:    %[[R:.*]] = linalg.generic {{.*}} ins(%[[N]], %[[S]], %[[W]], %[[E]] : {{.*}}) outs(%[[INIT]] : tensor<4x4x8xi32>) {
// CHECK-NEXT:    ^bb0(%n: i32, %s: i32, %w: i32, %e: i32, %{{.*}}: i32):
// CHECK-NEXT:      %ns = arith.addi %n, %s : i32
// CHECK-NEXT:      %we = arith.addi %w, %e : i32
// CHECK-NEXT:      %sum = arith.addi %ns, %we : i32
// CHECK-NEXT:      linalg.yield %sum : i32
// CHECK-NEXT:    } -> tensor<4x4x8xi32>
// CHECK-NEXT:    %[[OUT:.*]] = tensor.insert_slice %[[R]] into %out[0, 1, 1] [4, 4, 8] [1, 1, 1] : tensor<4x4x8xi32> into tensor<4x6x10xi32>
// CHECK-NEXT:    return %in, %[[OUT]] : tensor<4x6x10xi32>, tensor<4x6x10xi32>
// CHECK-NEXT:  }
func.func @planes(%in: !stencil.field<[0,4]x[-1,5]x[-1,9]xi32>, %out: !stencil.field<[0,4]x[-1,5]x[-1,9]xi32>) {
  %t = stencil.load %in : !stencil.field<[0,4]x[-1,5]x[-1,9]xi32> -> !stencil.temp<[0,4]x[-1,5]x[-1,9]xi32>
  %r = stencil.apply(%x = %t : !stencil.temp<[0,4]x[-1,5]x[-1,9]xi32>) -> (!stencil.temp<[0,4]x[0,4]x[0,8]xi32>) {
    %n = stencil.access %x[0, -1, 0] : !stencil.temp<[0,4]x[-1,5]x[-1,9]xi32>
    %s = stencil.access %x[0, 1, 0] : !stencil.temp<[0,4]x[-1,5]x[-1,9]xi32>
    %w = stencil.access %x[0, 0, -1] : !stencil.temp<[0,4]x[-1,5]x[-1,9]xi32>
    %e = stencil.access %x[0, 0, 1] : !stencil.temp<[0,4]x[-1,5]x[-1,9]xi32>
    %ns = arith.addi %n, %s : i32
    %we = arith.addi %w, %e : i32
    %sum = arith.addi %ns, %we : i32
    stencil.return %sum : i32
  }
  stencil.store %r to %out(<[0, 0, 0], [4, 4, 8]>) : !stencil.temp<[0,4]x[0,4]x[0,8]xi32> to !stencil.field<[0,4]x[-1,5]x[-1,9]xi32>
  func.return
}
