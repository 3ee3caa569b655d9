// mlp: 32 -> 64 -> 10 on 8 rows, ReLU between layers, f32.
#row = affine_map<(d0, d1) -> (d0, d1)>
#col = affine_map<(d0, d1) -> (d1)>
func.func @mlp(%x: tensor<8x32xf32>, %w0: tensor<32x64xf32>, %b0: tensor<64xf32>, %w1: tensor<64x10xf32>, %b1: tensor<10xf32>) -> tensor<8x10xf32> {
  %zero = arith.constant 0.0 : f32
  %init0 = tensor.empty() : tensor<8x64xf32>
  %acc0 = linalg.fill ins(%zero : f32) outs(%init0 : tensor<8x64xf32>) -> tensor<8x64xf32>
  %mm0 = linalg.matmul ins(%x, %w0 : tensor<8x32xf32>, tensor<32x64xf32>) outs(%acc0 : tensor<8x64xf32>) -> tensor<8x64xf32>
  %biased0 = linalg.generic {indexing_maps = [#row, #col, #row], iterator_types = ["parallel", "parallel"]} ins(%mm0, %b0 : tensor<8x64xf32>, tensor<64xf32>) outs(%init0 : tensor<8x64xf32>) {
  ^bb0(%v: f32, %bias: f32, %unused: f32):
    %s = arith.addf %v, %bias : f32
    linalg.yield %s : f32
  } -> tensor<8x64xf32>
  %relu0 = linalg.generic {indexing_maps = [#row, #row], iterator_types = ["parallel", "parallel"]} ins(%biased0 : tensor<8x64xf32>) outs(%init0 : tensor<8x64xf32>) {
  ^bb0(%v: f32, %unused: f32):
    %r = arith.maximumf %v, %zero : f32
    linalg.yield %r : f32
  } -> tensor<8x64xf32>
  %init1 = tensor.empty() : tensor<8x10xf32>
  %acc1 = linalg.fill ins(%zero : f32) outs(%init1 : tensor<8x10xf32>) -> tensor<8x10xf32>
  %mm1 = linalg.matmul ins(%relu0, %w1 : tensor<8x64xf32>, tensor<64x10xf32>) outs(%acc1 : tensor<8x10xf32>) -> tensor<8x10xf32>
  %biased1 = linalg.generic {indexing_maps = [#row, #col, #row], iterator_types = ["parallel", "parallel"]} ins(%mm1, %b1 : tensor<8x10xf32>, tensor<10xf32>) outs(%init1 : tensor<8x10xf32>) {
  ^bb0(%v: f32, %bias: f32, %unused: f32):
    %s = arith.addf %v, %bias : f32
    linalg.yield %s : f32
  } -> tensor<8x10xf32>
  func.return %biased1 : tensor<8x10xf32>
}
