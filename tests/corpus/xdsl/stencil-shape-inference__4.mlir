// Repository: https://github.com/xdslproject/xdsl
// Version: 0.75.0 (commit f6679b896cbde786256253aa341c8bbc635bc49a)
// Original path: tests/filecheck/transforms/stencil-shape-inference.mlir
// Case: 4 (0-based, of the cases split at `// -----`)
// Licence: Apache-2.0 WITH LLVM-exception (xDSL's LICENSE, copied beside this file)
// Extracted by tests/corpus/extract_filecheck.py (RUN and CHECK lines dropped, all else as written)

builtin.module {
  func.func private @stencil_buffer(%0: !stencil.field<[-4,68]xf64>, %1: !stencil.field<[-4,68]xf64>) {
    %2 = stencil.load %0 : !stencil.field<[-4,68]xf64> -> !stencil.temp<?xf64>
    %3 = stencil.apply(%4 = %2 : !stencil.temp<?xf64>) -> (!stencil.temp<?xf64>) {
      %5 = stencil.access %4[0] : !stencil.temp<?xf64>
      stencil.return %5 : f64
    }
    %6 = stencil.buffer %3 : !stencil.temp<?xf64> -> !stencil.temp<?xf64>
    %7 = stencil.apply(%8 = %6 : !stencil.temp<?xf64>) -> (!stencil.temp<?xf64>) {
      %9 = stencil.access %8[0] : !stencil.temp<?xf64>
      stencil.return %9 : f64
    }
    stencil.store %7 to %1(<[0], [64]>) : !stencil.temp<?xf64> to !stencil.field<[-4,68]xf64>
    func.return
  }
}
