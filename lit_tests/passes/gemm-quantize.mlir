// RUN: sparta-opt %s -p 'gemm-quantize{format=int8}' | filecheck %s --check-prefix=INT8
// RUN: sparta-opt %s -p 'gemm-quantize{format=bf16}' | filecheck %s --check-prefix=BF16-AIE1
// RUN: sparta-opt %s -p 'gemm-quantize{format=bf16 target=npu1}' | filecheck %s --check-prefix=BF16-AIE2
// RUN: sparta-opt %s -p 'gemm-quantize{format=mxfp4_e2m1}' | filecheck %s --check-prefix=W4A8
// RUN: sparta-opt %s -p 'gemm-quantize{format=mxfp4_e2m1 activations=mxfp4_e2m1}' | filecheck %s --check-prefix=W4A4
// RUN: sparta-opt %s -p 'gemm-quantize{format=mxfp6_e2m3 method=ed target=npu1}' | filecheck %s --check-prefix=ED
// RUN: sparta-opt %s -p 'gemm-quantize{format=mxfp8_e4m3 target=npu2}' | filecheck %s --check-prefix=FP8-NPU2
// RUN: not sparta-opt %s -p 'gemm-quantize{format=fp8}' 2>&1 | filecheck %s --check-prefix=UNKNOWN
// RUN: not sparta-opt %s -p 'gemm-quantize{format=int8 activations=mxfp8_e4m3}' 2>&1 | filecheck %s --check-prefix=PAIR
// RUN: not sparta-opt %s -p 'gemm-quantize{method=gptq}' 2>&1 | filecheck %s --check-prefix=METHOD

// gemm-quantize records on every linalg.matmul the weight and activation formats, the
// method, and how the device runs them (the `format_precision` table of its TOML file):
// int8 runs on int8 MACs with i32 accumulators; bf16 has no MACs on AIE1 (vck190), so it
// widens to fp32 there and runs natively on AIE2 (npu1). MX tiles stream as packed bytes
// (i8) and accumulate in f32. MXFP4 weights default to MXFP8 E4M3 activations (W4A8); a
// pair runs at the wider of the two precisions, so W4A8 on AIE1 (FP8 needs fp32 MACs
// there) is fp32 but W4A4 (E2M1 decodes exactly to int8 in units of 1/2) is int8.

func.func @gemm(%a: tensor<64x96xf32>, %b: tensor<96x80xf32>) -> tensor<64x80xf32> {
  %zero = arith.constant 0.0 : f32
  %init = tensor.empty() : tensor<64x80xf32>
  %acc = linalg.fill ins(%zero : f32) outs(%init : tensor<64x80xf32>) -> tensor<64x80xf32>
  %c = linalg.matmul ins(%a, %b : tensor<64x96xf32>, tensor<96x80xf32>) outs(%acc : tensor<64x80xf32>) -> tensor<64x80xf32>
  func.return %c : tensor<64x80xf32>
}

// INT8:      linalg.matmul
// INT8-SAME: sparta.quant = {format = "int8", activations = "int8", method = "rtn", precision = "int8", element = "i8", accumulator = "i32"}
// BF16-AIE1: sparta.quant = {format = "bf16", activations = "bf16", method = "rtn", precision = "fp32", element = "bf16", accumulator = "f32"}
// BF16-AIE2: sparta.quant = {format = "bf16", activations = "bf16", method = "rtn", precision = "bf16", element = "bf16", accumulator = "f32"}
// W4A8:      sparta.quant = {format = "mxfp4_e2m1", activations = "mxfp8_e4m3", method = "rtn", precision = "fp32", element = "i8", accumulator = "f32"}
// W4A4:      sparta.quant = {format = "mxfp4_e2m1", activations = "mxfp4_e2m1", method = "rtn", precision = "int8", element = "i8", accumulator = "f32"}
// ED:        sparta.quant = {format = "mxfp6_e2m3", activations = "mxfp6_e2m3", method = "ed", precision = "int8", element = "i8", accumulator = "f32"}
// FP8-NPU2:  sparta.quant = {format = "mxfp8_e4m3", activations = "mxfp8_e4m3", method = "rtn", precision = "int8", element = "i8", accumulator = "f32"}
// UNKNOWN:   error: unknown format 'fp8': choose one of mxfp8_e4m3, mxfp8_e5m2, mxfp6_e3m2, mxfp6_e2m3, mxfp4_e2m1, mxint8, int8, bf16
// PAIR:      error: weights in 'int8' cannot run with activations in 'mxfp8_e4m3'
// METHOD:    error: unknown quantization method 'gptq': rtn or ed
