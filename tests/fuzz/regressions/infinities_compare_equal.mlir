// fuzz: target=npu2 strategy=uniform seed=3 expect=ok
// Seen while fuzzing float programs with 1.0e+30 constants: outputs that overflow to +inf
// or -inf in every execution were reported as mismatches, because the check took inf - inf
// (NaN) as the error; and an output of -inf where +inf was expected passed, because an
// infinite error is not greater than an infinite tolerance. compiler/check.py now treats
// equal values (infinities included) as equal and any infinite error as a mismatch.
func.func @fuzz(%in0: !stencil.field<[0,4]x[-1,13]xf32>, %out0: !stencil.field<[0,4]x[0,12]xf32>) {
  %f0 = stencil.load %in0 : !stencil.field<[0,4]x[-1,13]xf32> -> !stencil.temp<[0,4]x[-1,13]xf32>
  %a0 = stencil.apply(%a0p0 = %f0 : !stencil.temp<[0,4]x[-1,13]xf32>) -> (!stencil.temp<[0,4]x[0,12]xf32>) {
    %x = stencil.access %a0p0[0, -1] : !stencil.temp<[0,4]x[-1,13]xf32>
    %y = stencil.access %a0p0[0, 1] : !stencil.temp<[0,4]x[-1,13]xf32>
    %big = arith.constant 1.0e+30 : f32
    %bx = arith.mulf %x, %big : f32
    %byy = arith.mulf %y, %big : f32
    %inf = arith.mulf %bx, %byy : f32
    %r = arith.divf %inf, %x : f32
    stencil.return %r : f32
  }
  stencil.store %a0 to %out0(<[0, 0], [4, 12]>) : !stencil.temp<[0,4]x[0,12]xf32> to !stencil.field<[0,4]x[0,12]xf32>
  func.return
}
