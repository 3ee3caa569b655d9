// Repository: https://github.com/xdslproject/xdsl
// Version: 0.75.0 (commit f6679b896cbde786256253aa341c8bbc635bc49a)
// Original path: tests/filecheck/dialects/stencil/stencil_ops.mlir
// Case: 5 (0-based, of the cases split at `// -----`)
// Licence: Apache-2.0 WITH LLVM-exception (xDSL's LICENSE, copied beside this file)
// Extracted by tests/corpus/extract_filecheck.py (RUN and CHECK lines dropped, all else as written)

builtin.module {
  func.func private @stencil_dyn_access(%0: !stencil.field<?x?xf64>, %1: !stencil.field<?x?xf64>) {
    %2 = stencil.cast %0 : !stencil.field<?x?xf64> -> !stencil.field<[-4,68]x[-4,68]xf64>
    %3 = stencil.cast %1 : !stencil.field<?x?xf64> -> !stencil.field<[-4,68]x[-4,68]xf64>
    %4 = stencil.load %2 : !stencil.field<[-4,68]x[-4,68]xf64> -> !stencil.temp<[-1,65]x[-1,65]xf64>
    %5 = stencil.apply(%6 = %4 : !stencil.temp<[-1,65]x[-1,65]xf64>) -> (!stencil.temp<[0,64]x[0,64]xf64>) {
      %i = stencil.index 0 <[-1, -1]>
      %j = stencil.index 1 <[1, 1]>
      %7 = stencil.dyn_access %6[%i, %j] in <[-1, -1]> : <[1, 1]> : !stencil.temp<[-1,65]x[-1,65]xf64>
      stencil.return %7 : f64
    }
    stencil.store %5 to %3(<[0, 0], [64, 64]>) : !stencil.temp<[0,64]x[0,64]xf64> to !stencil.field<[-4,68]x[-4,68]xf64>
    func.return
  }
}
