// RUN: sparta-opt %s -p 'stencil-prepare,stencil-phases{starts=0,1}' | filecheck %s

// stencil-phases cuts the program before apply #1: phase 0 runs %a and writes it to DDR
// in a new field argument %a_0_ddr (its whole box, halo included: %b reads a[x - 1]),
// phase 1 loads it back. Both phase functions take the same arguments; each stores what
// the program stores of its applies.

// CHECK-LABEL: func.func @chain_phase0(%in: !stencil.field<[-2,10]xf32>, %out: !stencil.field<[-2,10]xf32>, %a_0_ddr: !stencil.field<[-1,8]xf32>) attributes {sparta.phase = #builtin.int<0>} {
// CHECK-NEXT:    %t = stencil.load %in
// CHECK-NEXT:    %a = stencil.apply(%x = %t : !stencil.temp<[-2,9]xf32>) -> (!stencil.temp<[-1,8]xf32>) {
// CHECK:         stencil.store %a to %a_0_ddr(<[-1], [8]>) : !stencil.temp<[-1,8]xf32> to !stencil.field<[-1,8]xf32>
// CHECK-NEXT:    func.return

// CHECK-LABEL: func.func @chain_phase1(%in: !stencil.field<[-2,10]xf32>, %out: !stencil.field<[-2,10]xf32>, %a_0_ddr: !stencil.field<[-1,8]xf32>) attributes {sparta.phase = #builtin.int<1>} {
// CHECK-NEXT:    %{{.*}} = stencil.load %a_0_ddr : !stencil.field<[-1,8]xf32> -> !stencil.temp<[-1,8]xf32>
// CHECK-NEXT:    %b = stencil.apply(%y = %{{.*}} : !stencil.temp<[-1,8]xf32>) -> (!stencil.temp<[0,8]xf32>) {
// CHECK:         stencil.store %b to %out(<[0], [8]>)
// CHECK-NEXT:    func.return
func.func @chain(%in: !stencil.field<[-2,10]xf32>, %out: !stencil.field<[-2,10]xf32>) {
  %t = stencil.load %in : !stencil.field<[-2,10]xf32> -> !stencil.temp<?xf32>
  %a = stencil.apply(%x = %t : !stencil.temp<?xf32>) -> (!stencil.temp<?xf32>) {
    %l = stencil.access %x[-1] : !stencil.temp<?xf32>
    %r = stencil.access %x[1] : !stencil.temp<?xf32>
    %s = arith.addf %l, %r : f32
    stencil.return %s : f32
  }
  %b = stencil.apply(%y = %a : !stencil.temp<?xf32>) -> (!stencil.temp<?xf32>) {
    %l = stencil.access %y[-1] : !stencil.temp<?xf32>
    %c = stencil.access %y[0] : !stencil.temp<?xf32>
    %s = arith.mulf %l, %c : f32
    stencil.return %s : f32
  }
  stencil.store %b to %out(<[0], [8]>) : !stencil.temp<?xf32> to !stencil.field<[-2,10]xf32>
  func.return
}
