// Repository: https://github.com/xdslproject/xdsl
// Version: 0.75.0 (commit f6679b896cbde786256253aa341c8bbc635bc49a)
// Original path: tests/filecheck/dialects/stencil/stencil_ops.mlir
// Case: 0 (0-based, of the cases split at `// -----`)
// Licence: Apache-2.0 WITH LLVM-exception (xDSL's LICENSE, copied beside this file)
// Extracted by tests/corpus/extract_filecheck.py (RUN and CHECK lines dropped, all else as written)

builtin.module {
  func.func @stencil_copy(%0: !stencil.field<?x?x?xf64>, %1: !stencil.field<?x?x?xf64>) {
    %2 = stencil.cast %0 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %3 = stencil.cast %1 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %4 = stencil.load %2 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<[0,64]x[0,64]x[0,64]xf64>
    %5 = stencil.apply(%6 = %4 : !stencil.temp<[0,64]x[0,64]x[0,64]xf64>) -> (!stencil.temp<[0,64]x[0,64]x[0,64]xf64>) {
      %7 = stencil.access %6[0, 0, 0] : !stencil.temp<[0,64]x[0,64]x[0,64]xf64>
      %8 = stencil.store_result %7 : !stencil.result<f64>
      stencil.return %8 : !stencil.result<f64>
    }
    stencil.store %5 to %3(<[0, 0, 0], [64, 64, 64]>) : !stencil.temp<[0,64]x[0,64]x[0,64]xf64> to !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    func.return
  }
}
