// Repository: https://github.com/xdslproject/xdsl
// Version: 0.75.0 (commit f6679b896cbde786256253aa341c8bbc635bc49a)
// Original path: tests/filecheck/transforms/stencil-shape-minimize.mlir
// Case: 0 (0-based, of the cases split at `// -----`)
// Licence: Apache-2.0 WITH LLVM-exception (xDSL's LICENSE, copied beside this file)
// Extracted by tests/corpus/extract_filecheck.py (RUN and CHECK lines dropped, all else as written)

builtin.module {
  func.func @different_input_offsets(%out: !stencil.field<[-4,68]xf64>, %in: !stencil.field<[-4,68]xf64>) {
    %tin = stencil.load %in : !stencil.field<[-4,68]xf64> -> !stencil.temp<[-1,65]xf64>
    %tout = stencil.apply(%arg = %tin : !stencil.temp<[-1,65]xf64>) -> (!stencil.temp<[0,64]xf64>) {
      %x = stencil.access %arg[-1] : !stencil.temp<[-1,65]xf64>
      %y = stencil.access %arg[1] : !stencil.temp<[-1,65]xf64>
      %o = arith.addf %x, %y : f64
      stencil.return %o : f64
    }
    stencil.store %tout to %out(<[0], [64]>) : !stencil.temp<[0,64]xf64> to !stencil.field<[-4,68]xf64>
    func.return
  }
}
