// The digits classifier of examples/make_mlp.py. mlp: 64 -> 128 -> 64 -> 10 on 500 rows, ReLU between layers, f32.
#row = affine_map<(d0, d1) -> (d0, d1)>
#col = affine_map<(d0, d1) -> (d1)>
func.func @mlp(%x: tensor<500x64xf32>, %w0: tensor<64x128xf32>, %b0: tensor<128xf32>, %w1: tensor<128x64xf32>, %b1: tensor<64xf32>, %w2: tensor<64x10xf32>, %b2: tensor<10xf32>) -> tensor<500x10xf32> {
  %zero = arith.constant 0.0 : f32
  %init0 = tensor.empty() : tensor<500x128xf32>
  %acc0 = linalg.fill ins(%zero : f32) outs(%init0 : tensor<500x128xf32>) -> tensor<500x128xf32>
  %mm0 = linalg.matmul ins(%x, %w0 : tensor<500x64xf32>, tensor<64x128xf32>) outs(%acc0 : tensor<500x128xf32>) -> tensor<500x128xf32>
  %biased0 = linalg.generic {indexing_maps = [#row, #col, #row], iterator_types = ["parallel", "parallel"]} ins(%mm0, %b0 : tensor<500x128xf32>, tensor<128xf32>) outs(%init0 : tensor<500x128xf32>) {
  ^bb0(%v: f32, %bias: f32, %unused: f32):
    %s = arith.addf %v, %bias : f32
    linalg.yield %s : f32
  } -> tensor<500x128xf32>
  %relu0 = linalg.generic {indexing_maps = [#row, #row], iterator_types = ["parallel", "parallel"]} ins(%biased0 : tensor<500x128xf32>) outs(%init0 : tensor<500x128xf32>) {
  ^bb0(%v: f32, %unused: f32):
    %r = arith.maximumf %v, %zero : f32
    linalg.yield %r : f32
  } -> tensor<500x128xf32>
  %init1 = tensor.empty() : tensor<500x64xf32>
  %acc1 = linalg.fill ins(%zero : f32) outs(%init1 : tensor<500x64xf32>) -> tensor<500x64xf32>
  %mm1 = linalg.matmul ins(%relu0, %w1 : tensor<500x128xf32>, tensor<128x64xf32>) outs(%acc1 : tensor<500x64xf32>) -> tensor<500x64xf32>
  %biased1 = linalg.generic {indexing_maps = [#row, #col, #row], iterator_types = ["parallel", "parallel"]} ins(%mm1, %b1 : tensor<500x64xf32>, tensor<64xf32>) outs(%init1 : tensor<500x64xf32>) {
  ^bb0(%v: f32, %bias: f32, %unused: f32):
    %s = arith.addf %v, %bias : f32
    linalg.yield %s : f32
  } -> tensor<500x64xf32>
  %relu1 = linalg.generic {indexing_maps = [#row, #row], iterator_types = ["parallel", "parallel"]} ins(%biased1 : tensor<500x64xf32>) outs(%init1 : tensor<500x64xf32>) {
  ^bb0(%v: f32, %unused: f32):
    %r = arith.maximumf %v, %zero : f32
    linalg.yield %r : f32
  } -> tensor<500x64xf32>
  %init2 = tensor.empty() : tensor<500x10xf32>
  %acc2 = linalg.fill ins(%zero : f32) outs(%init2 : tensor<500x10xf32>) -> tensor<500x10xf32>
  %mm2 = linalg.matmul ins(%relu1, %w2 : tensor<500x64xf32>, tensor<64x10xf32>) outs(%acc2 : tensor<500x10xf32>) -> tensor<500x10xf32>
  %biased2 = linalg.generic {indexing_maps = [#row, #col, #row], iterator_types = ["parallel", "parallel"]} ins(%mm2, %b2 : tensor<500x10xf32>, tensor<10xf32>) outs(%init2 : tensor<500x10xf32>) {
  ^bb0(%v: f32, %bias: f32, %unused: f32):
    %s = arith.addf %v, %bias : f32
    linalg.yield %s : f32
  } -> tensor<500x10xf32>
  func.return %biased2 : tensor<500x10xf32>
}
