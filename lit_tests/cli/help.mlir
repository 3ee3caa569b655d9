// `--help` documents every flag, grouped, and the exit codes.
// RUN: sparta-compile --help | filecheck %s
// RUN: sparta-sim --help | filecheck %s --check-prefix=SIM

// CHECK:       usage: sparta-compile
// CHECK:       Exit codes: 0 success, 1 bad input, 2 bad usage, 3 --check failed, 70 internal error.
// CHECK:       compilation:
// CHECK-NEXT:    -o OUT, --output OUT
// CHECK:         --target {vck190,npu1,npu2,PATH.toml}
// CHECK:         --entry NAME
// CHECK:         --emit {stencil,tile,mlir}
// CHECK:         --demote-f64
// CHECK:         --strategy STRATEGY
// CHECK:         --max-tiles N
// CHECK:       GEMM quantization:
// CHECK-NEXT:    --weights W.npz
// CHECK-NEXT:    --quantize FMT
// CHECK:         --quant-method {rtn,ed}
// CHECK:         --calibration CAL.npz
// CHECK:       running:
// CHECK-NEXT:    --simulate
// CHECK-NEXT:    --reference [{numpy,iree}]
// CHECK:         --check
// CHECK:         --inputs IN.npz
// CHECK-NEXT:    --seed SEED
// CHECK-NEXT:    --save-outputs OUT.npz
// CHECK:         --report REPORT.json
// CHECK-NEXT:    --trace TRACE.json
// CHECK-NEXT:    --heatmap HEAT.png
// CHECK-NEXT:    --no-progress
// CHECK:       diagnostics:
// CHECK-NEXT:    --timing
// CHECK-NEXT:    --debug
// CHECK:       examples:

// SIM:       usage: sparta-sim
// SIM:         --target TARGET
// SIM:         --inputs IN.npz
// SIM:         --seed SEED
// SIM:         --save-outputs OUT.npz
// SIM:         --expect OUT.npz
// SIM:         --report REPORT.json
// SIM:         --trace TRACE.json
// SIM:         --heatmap HEAT.png
// SIM:         --no-progress
// SIM:         --debug
