// fuzz: target=vck190 strategy=auto seed=3 expect=ok
// Campaign seed 11, case 390: pow of a negative base to a non-integer power is the hardware's
// default NaN (negative on x86, as numpy gives it); copysign then reads its sign. The emitter
// selected a positive NaN constant.
func.func @fuzz(%in0: !stencil.field<[0,16]xf32>, %out0: !stencil.field<[0,16]xf32>) {
  %f0 = stencil.load %in0 : !stencil.field<[0,16]xf32> -> !stencil.temp<[0,16]xf32>
  %a0 = stencil.apply(%p = %f0 : !stencil.temp<[0,16]xf32>) -> (!stencil.temp<[0,16]xf32>) {
    %x = stencil.access %p[0] : !stencil.temp<[0,16]xf32>
    %m = arith.constant -2.0 : f32
    %h = arith.constant 0.5 : f32
    %b = arith.subf %m, %x : f32
    %n = math.powf %b, %h : f32
    %one = arith.constant 1.0 : f32
    %r = math.copysign %one, %n : f32
    stencil.return %r : f32
  }
  stencil.store %a0 to %out0(<[0], [16]>) : !stencil.temp<[0,16]xf32> to !stencil.field<[0,16]xf32>
  func.return
}
