// Open Earth Compiler example, rewritten in the syntax xDSL 0.75 parses.
// Repository: https://github.com/spcl/open-earth-compiler
// Commit: 1e48dee6a1a021bc11d6621432450406349b3733
// Original path: test/Examples/upstream.mlir (copied as original/upstream.mlir)
// Licence: Apache-2.0 with LLVM exceptions (LICENSE.TXT in this folder)
// Converted by tests/corpus/convert_oec.py: syntax only, line for line.


module {
  func.func @laplace(%arg0: !stencil.field<?x?x?xf64>, %arg1: !stencil.field<?x?x?xf64>) attributes {stencil.program} {
    %0 = stencil.cast %arg0 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %1 = stencil.cast %arg1 : !stencil.field<?x?x?xf64> -> !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    %2 = stencil.load %0 : !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64> -> !stencil.temp<?x?x?xf64>
    %3 = stencil.apply (%arg2 = %2 : !stencil.temp<?x?x?xf64>) -> (!stencil.temp<?x?x?xf64>) {
      %cst = arith.constant 0.000000e+00 : f64
      %4 = stencil.access %arg2 [0, 0, 0] : !stencil.temp<?x?x?xf64>
      %5 = arith.cmpf ogt, %4, %cst : f64
      %6 = scf.if %5 -> (f64) {
        %8 = stencil.access %arg2 [1, 0, 0] : !stencil.temp<?x?x?xf64>
        %9 = arith.subf %8, %4 : f64
        scf.yield %9 : f64
      } else {
        %8 = stencil.access %arg2 [-1, 0, 0] : !stencil.temp<?x?x?xf64>
        %9 = arith.subf %4, %8 : f64
        scf.yield %9 : f64
      }
      %7 = stencil.store_result %6 : !stencil.result<f64>
      stencil.return %7 : !stencil.result<f64>
    }
    stencil.store %3 to %1(<[0, 0, 0], [64, 64, 64]>) : !stencil.temp<?x?x?xf64> to !stencil.field<[-4,68]x[-4,68]x[-4,68]xf64>
    func.return
  }
}
