// Repository: https://github.com/xdslproject/xdsl
// Version: 0.75.0 (commit f6679b896cbde786256253aa341c8bbc635bc49a)
// Original path: tests/filecheck/dialects/stencil/canonicalize.mlir
// Case: 1 (0-based, of the cases split at `// -----`)
// Licence: Apache-2.0 WITH LLVM-exception (xDSL's LICENSE, copied beside this file)
// Extracted by tests/corpus/extract_filecheck.py (RUN and CHECK lines dropped, all else as written)

func.func @unused_res(%f1: !stencil.field<[0,64]xf64>, %f2: !stencil.field<[0,64]xf64>, %of: !stencil.field<[0,64]xf64>){
    %t1 = stencil.load %f1 : !stencil.field<[0,64]xf64> -> !stencil.temp<?xf64>
    %t2 = stencil.load %f2 : !stencil.field<[0,64]xf64> -> !stencil.temp<?xf64>
    %o1, %o2 = stencil.apply(%one = %t1 : !stencil.temp<?xf64>, %two = %t2 : !stencil.temp<?xf64>) -> (!stencil.temp<?xf64>, !stencil.temp<?xf64>) {
        %1 = stencil.access %one[0] : !stencil.temp<?xf64>
        %2 = stencil.access %two[0] : !stencil.temp<?xf64>
        stencil.return %1, %2 : f64, f64
    }
    stencil.store %o1 to %of(<[0], [64]>) : !stencil.temp<?xf64> to !stencil.field<[0,64]xf64>
    return
}
