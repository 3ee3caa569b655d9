// gemm: C[8x16] = A[8x32] @ B[32x16], f64.
func.func @gemm(%a: tensor<8x32xf64>, %b: tensor<32x16xf64>) -> tensor<8x16xf64> {
  %zero = arith.constant 0.0 : f64
  %init = tensor.empty() : tensor<8x16xf64>
  %acc = linalg.fill ins(%zero : f64) outs(%init : tensor<8x16xf64>) -> tensor<8x16xf64>
  %c = linalg.matmul ins(%a, %b : tensor<8x32xf64>, tensor<32x16xf64>) outs(%acc : tensor<8x16xf64>) -> tensor<8x16xf64>
  func.return %c : tensor<8x16xf64>
}
