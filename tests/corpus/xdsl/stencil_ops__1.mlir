// Repository: https://github.com/xdslproject/xdsl
// Version: 0.75.0 (commit f6679b896cbde786256253aa341c8bbc635bc49a)
// Original path: tests/filecheck/dialects/stencil/stencil_ops.mlir
// Case: 1 (0-based, of the cases split at `// -----`)
// Licence: Apache-2.0 WITH LLVM-exception (xDSL's LICENSE, copied beside this file)
// Extracted by tests/corpus/extract_filecheck.py (RUN and CHECK lines dropped, all else as written)

builtin.module {
  func.func private @myfunc(%b0 : !stencil.field<?x?x?xf32>, %b1 : !stencil.field<?x?x?xf32>)  attributes {"param_names" = ["data"]} {
    %f0 = stencil.cast %b0 : !stencil.field<?x?x?xf32> -> !stencil.field<[-4,54]x[-4,84]x[-4,44]xf32>
    %f1 = stencil.cast %b1 : !stencil.field<?x?x?xf32> -> !stencil.field<[-4,54]x[-4,84]x[-4,44]xf32>
    %time_m = arith.constant 0 : index
    %time_M = arith.constant 1000 : index
    %step = arith.constant 1 : index
    %fnp1, %fn = scf.for %time = %time_m to %time_M step %step iter_args(%fi = %f0, %fip1 = %f1) -> (!stencil.field<[-4,54]x[-4,84]x[-4,44]xf32>, !stencil.field<[-4,54]x[-4,84]x[-4,44]xf32>) {
      %ti = stencil.load %fi : !stencil.field<[-4,54]x[-4,84]x[-4,44]xf32> -> !stencil.temp<?x?x?xf32>
      %tip1 = stencil.apply(%ti_ = %ti : !stencil.temp<?x?x?xf32>) -> (!stencil.temp<?x?x?xf32>) {
        %v = stencil.access %ti_[0, 0, 0] : !stencil.temp<?x?x?xf32>
        stencil.return %v : f32
      }
      stencil.store %tip1 to %fip1(<[0, 0, 0], [50, 80, 40]>) : !stencil.temp<?x?x?xf32> to !stencil.field<[-4,54]x[-4,84]x[-4,44]xf32>
      scf.yield %fip1, %fi : !stencil.field<[-4,54]x[-4,84]x[-4,44]xf32>, !stencil.field<[-4,54]x[-4,84]x[-4,44]xf32>
    }
    func.return
  }
}
