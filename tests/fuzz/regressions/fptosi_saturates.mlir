// fuzz: target=vck190 strategy=auto seed=0 expect=ok
// Seen while fuzzing (a RuntimeWarning "invalid value encountered in cast" in the
// simulator): `arith.fptosi` of 1.0e+30 clipped to 2**31 - 1 in float32, which rounds to
// 2**31 and wrapped to -2**31 on the cast; the reference and IREE saturate to 2**31 - 1.
// `fptoui` was clipped to the signed range. The simulator now saturates like the reference.
func.func @fuzz(%in0: !stencil.field<[-1,17]xf32>, %out0: !stencil.field<[0,16]xi32>, %out1: !stencil.field<[0,16]xi32>) {
  %f0 = stencil.load %in0 : !stencil.field<[-1,17]xf32> -> !stencil.temp<[-1,17]xf32>
  %a0 = stencil.apply(%a0p0 = %f0 : !stencil.temp<[-1,17]xf32>) -> (!stencil.temp<[0,16]xi32>) {
    %x = stencil.access %a0p0[-1] : !stencil.temp<[-1,17]xf32>
    %big = arith.constant 1.0e+30 : f32
    %scaled = arith.mulf %x, %big : f32
    %i = arith.fptosi %scaled : f32 to i32
    stencil.return %i : i32
  }
  %a1 = stencil.apply(%a1p0 = %f0 : !stencil.temp<[-1,17]xf32>) -> (!stencil.temp<[0,16]xi32>) {
    %x = stencil.access %a1p0[1] : !stencil.temp<[-1,17]xf32>
    %big = arith.constant 5.0e+9 : f32
    %scaled = arith.mulf %x, %big : f32
    %u = arith.fptoui %scaled : f32 to i32
    stencil.return %u : i32
  }
  stencil.store %a0 to %out0(<[0], [16]>) : !stencil.temp<[0,16]xi32> to !stencil.field<[0,16]xi32>
  stencil.store %a1 to %out1(<[0], [16]>) : !stencil.temp<[0,16]xi32> to !stencil.field<[0,16]xi32>
  func.return
}
