// Repository: https://github.com/xdslproject/xdsl
// Version: 0.75.0 (commit f6679b896cbde786256253aa341c8bbc635bc49a)
// Original path: tests/filecheck/dialects/stencil/stencil_ops.mlir
// Case: 2 (0-based, of the cases split at `// -----`)
// Licence: Apache-2.0 WITH LLVM-exception (xDSL's LICENSE, copied beside this file)
// Extracted by tests/corpus/extract_filecheck.py (RUN and CHECK lines dropped, all else as written)

builtin.module {
  func.func private @stencil_laplace(%0: !stencil.field<?x?xf64>, %1: !stencil.field<?x?xf64>) {
    %2 = stencil.cast %0 : !stencil.field<?x?xf64> -> !stencil.field<[-4,68]x[-4,68]xf64>
    %3 = stencil.cast %1 : !stencil.field<?x?xf64> -> !stencil.field<[-4,68]x[-4,68]xf64>
    %4 = stencil.load %2 : !stencil.field<[-4,68]x[-4,68]xf64> -> !stencil.temp<[-1,65]x[-1,65]xf64>
    %5 = stencil.apply(%6 = %4 : !stencil.temp<[-1,65]x[-1,65]xf64>) -> (!stencil.temp<[0,64]x[0,64]xf64>) {
      %7 = stencil.access %6[-1, 0] : !stencil.temp<[-1,65]x[-1,65]xf64>
      %8 = stencil.access %6[1, 0] : !stencil.temp<[-1,65]x[-1,65]xf64>
      %9 = stencil.access %6[0, 1] : !stencil.temp<[-1,65]x[-1,65]xf64>
      %10 = stencil.access %6[0, -1] : !stencil.temp<[-1,65]x[-1,65]xf64>
      %11 = stencil.access %6[0, 0] : !stencil.temp<[-1,65]x[-1,65]xf64>
      %12 = arith.addf %7, %8 : f64
      %13 = arith.addf %9, %10 : f64
      %14 = arith.addf %12, %13 : f64
      %15 = arith.constant -4.000000e+00 : f64
      %16 = arith.mulf %11, %15 : f64
      %17 = arith.mulf %16, %13 : f64
      stencil.return %17 : f64
    }
    stencil.store %5 to %3(<[0, 0], [64, 64]>) : !stencil.temp<[0,64]x[0,64]xf64> to !stencil.field<[-4,68]x[-4,68]xf64>
    func.return
  }
}
