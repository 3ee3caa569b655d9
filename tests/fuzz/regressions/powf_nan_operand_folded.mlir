// fuzz: target=npu2 strategy=auto seed=0 expect=ok
// Campaign seed 11, case 912: pow(x, x) of a NaN known at compile time (atanh(1.5)). IREE's
// expansion of math.powf folded it to 0 or 1; C's pow, and the emitter now, return the NaN.
func.func @fuzz(%in0: !stencil.field<[0,16]xf32>, %out0: !stencil.field<[0,16]xf32>) {
  %f0 = stencil.load %in0 : !stencil.field<[0,16]xf32> -> !stencil.temp<[0,16]xf32>
  %a0 = stencil.apply(%p = %f0 : !stencil.temp<[0,16]xf32>) -> (!stencil.temp<[0,16]xf32>) {
    %x = stencil.access %p[0] : !stencil.temp<[0,16]xf32>
    %c = arith.constant 1.5 : f32
    %n = math.atanh %c : f32
    %d = arith.addf %n, %x : f32
    %q = arith.constant 0.25 : f32
    %e = math.copysign %d, %q : f32
    %r = math.powf %e, %e : f32
    stencil.return %r : f32
  }
  stencil.store %a0 to %out0(<[0], [16]>) : !stencil.temp<[0,16]xf32> to !stencil.field<[0,16]xf32>
  func.return
}
