// RUN: sparta-compile %s --emit mlir | filecheck %s
// RUN: sparta-compile %s --emit mlir | %python %S/verify_mlir.py | filecheck %s --check-prefix=VERIFY

// A 2-D stencil with negative lower bounds, `?` temps (xDSL's shape inference gives the
// domains), a repeated access and a 1-D coefficient read through `offset_mapping`. Fields are
// tensors of their full shape (index 0 = lower bound); the function returns every argument.

// VERIFY: VERIFIED

// CHECK-LABEL: func.func @laplace(%in: tensor<8x10xf32>, %coef: tensor<6xf32>, %out: tensor<8x10xf32>) -> (tensor<8x10xf32>, tensor<6xf32>, tensor<8x10xf32>) {
// CHECK-NEXT:    %[[N:.*]] = tensor.extract_slice %in[0, 1] [6, 8] [1, 1] : tensor<8x10xf32> to tensor<6x8xf32>
// CHECK-NEXT:    %[[S:.*]] = tensor.extract_slice %in[2, 1] [6, 8] [1, 1] : tensor<8x10xf32> to tensor<6x8xf32>
// CHECK-NEXT:    %[[W:.*]] = tensor.extract_slice %in[1, 0] [6, 8] [1, 1] : tensor<8x10xf32> to tensor<6x8xf32>
// CHECK-NEXT:    %[[E:.*]] = tensor.extract_slice %in[1, 2] [6, 8] [1, 1] : tensor<8x10xf32> to tensor<6x8xf32>
// CHECK-NEXT:    %[[INIT:.*]] = tensor.empty() : tensor<6x8xf32>
// CHECK-NEXT:    %[[R:.*]] = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0)>, affine_map<(d0, d1) -> (d0, d1)>], iterator_types = ["parallel", "parallel"]} ins(%[[N]], %[[S]], %[[W]], %[[E]], %coef : tensor<6x8xf32>, tensor<6x8xf32>, tensor<6x8xf32>, tensor<6x8xf32>, tensor<6xf32>) outs(%[[INIT]] : tensor<6x8xf32>) {
// CHECK-NEXT:    ^bb0(%[[VN:.*]]: f32, %[[VS:.*]]: f32, %[[VW:.*]]: f32, %[[VE:.*]]: f32, %[[K:.*]]: f32, %{{.*}}: f32):
// CHECK-NEXT:      %[[NS:.*]] = arith.addf %[[VN]], %[[VS]] : f32
// CHECK-NEXT:      %[[WE:.*]] = arith.addf %[[VW]], %[[VE]] : f32
// CHECK-NEXT:      %[[SUM:.*]] = arith.addf %[[NS]], %[[WE]] : f32
// CHECK-NEXT:      %[[BOTH:.*]] = arith.addf %[[SUM]], %[[VW]] : f32
// CHECK-NEXT:      %[[SCALED:.*]] = arith.mulf %[[K]], %[[BOTH]] : f32
// CHECK-NEXT:      linalg.yield %[[SCALED]] : f32
// CHECK-NEXT:    } -> tensor<6x8xf32>
// CHECK-NEXT:    %[[OUT:.*]] = tensor.insert_slice %[[R]] into %out[1, 1] [6, 8] [1, 1] : tensor<6x8xf32> into tensor<8x10xf32>
// CHECK-NEXT:    return %in, %coef, %[[OUT]] : tensor<8x10xf32>, tensor<6xf32>, tensor<8x10xf32>

func.func @laplace(%in: !stencil.field<[-1,7]x[-1,9]xf32>, %coef: !stencil.field<[0,6]xf32>, %out: !stencil.field<[-1,7]x[-1,9]xf32>) {
  %t = stencil.load %in : !stencil.field<[-1,7]x[-1,9]xf32> -> !stencil.temp<?x?xf32>
  %c = stencil.load %coef : !stencil.field<[0,6]xf32> -> !stencil.temp<?xf32>
  %r = stencil.apply(%a = %t : !stencil.temp<?x?xf32>, %k = %c : !stencil.temp<?xf32>) -> (!stencil.temp<?x?xf32>) {
    %n = stencil.access %a[-1, 0] : !stencil.temp<?x?xf32>
    %s = stencil.access %a[1, 0] : !stencil.temp<?x?xf32>
    %w = stencil.access %a[0, -1] : !stencil.temp<?x?xf32>
    %e = stencil.access %a[0, 1] : !stencil.temp<?x?xf32>
    %w2 = stencil.access %a[0, -1] : !stencil.temp<?x?xf32>
    %kr = stencil.access %k[0, _] : !stencil.temp<?xf32>
    %ns = arith.addf %n, %s : f32
    %we = arith.addf %w, %e : f32
    %sum = arith.addf %ns, %we : f32
    %both = arith.addf %sum, %w2 : f32
    %scaled = arith.mulf %kr, %both : f32
    stencil.return %scaled : f32
  }
  stencil.store %r to %out(<[0, 0], [6, 8]>) : !stencil.temp<?x?xf32> to !stencil.field<[-1,7]x[-1,9]xf32>
  func.return
}
