// RUN: sparta-opt %s -p stencil-fold-constants | filecheck %s

// Devito spells 1/h^2 as math.fpowi of two constants beside every access; the pass
// computes it once (0.5^-2 = 4, times -2.5 = -10) with the reference's own semantics and
// drops the constants nothing reads. Ops reading an access stay.

// CHECK-LABEL: func.func @coefficients
// CHECK:         %a, %a_1 = stencil.apply(%x = %f : !stencil.temp<[0,8]xf32>) -> (!stencil.temp<[0,8]xf32>, !stencil.temp<[0,8]xi32>) {
// CHECK-NEXT:      %k = arith.constant -1.000000e+01 : f32
// CHECK-NEXT:      %v = stencil.access %x[0]
// CHECK-NEXT:      %r = arith.mulf %k, %v : f32
// CHECK-NEXT:      %n = arith.constant 3 : i32
// CHECK-NEXT:      stencil.return %r, %n : f32, i32
// CHECK-NEXT:    }
func.func @coefficients(%in: !stencil.field<[0,8]xf32>, %out: !stencil.field<[0,8]xf32>, %out2: !stencil.field<[0,8]xi32>) {
  %f = stencil.load %in : !stencil.field<[0,8]xf32> -> !stencil.temp<[0,8]xf32>
  %a:2 = stencil.apply(%x = %f : !stencil.temp<[0,8]xf32>) -> (!stencil.temp<[0,8]xf32>, !stencil.temp<[0,8]xi32>) {
    %h = arith.constant 5.000000e-01 : f32
    %e = arith.constant -2 : i64
    %p = "math.fpowi"(%h, %e) : (f32, i64) -> f32
    %c = arith.constant -2.500000e+00 : f32
    %k = arith.mulf %c, %p : f32
    %v = stencil.access %x[0] : !stencil.temp<[0,8]xf32>
    %r = arith.mulf %k, %v : f32
    %i = arith.constant 7 : i32
    %j = arith.constant 2 : i32
    %n = arith.divsi %i, %j : i32
    stencil.return %r, %n : f32, i32
  }
  stencil.store %a#0 to %out(<[0], [8]>) : !stencil.temp<[0,8]xf32> to !stencil.field<[0,8]xf32>
  stencil.store %a#1 to %out2(<[0], [8]>) : !stencil.temp<[0,8]xi32> to !stencil.field<[0,8]xi32>
  func.return
}
