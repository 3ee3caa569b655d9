// RUN: sparta-opt %s --split-input-file -p stencil-dce | filecheck %s

// stencil-dce removes what nothing uses: the load of %in2 and the apply reading it only
// feed an operand the body never reads; result #1 of %a is never stored or read; %dead
// goes nowhere. Result #0 keeps its name and the apply its location.

// CHECK-LABEL: func.func @dead
// CHECK-NEXT:    %f = stencil.load %in
// CHECK-NEXT:    %a = stencil.apply(%x = %f : !stencil.temp<?x?xf32>) -> (!stencil.temp<?x?xf32>) {
// CHECK-NEXT:      %l = stencil.access %x[0, -1]
// CHECK-NEXT:      %r = stencil.access %x[0, 1]
// CHECK-NEXT:      %s = arith.addf %l, %r : f32
// CHECK-NEXT:      stencil.return %s : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    stencil.store %a to %out
// CHECK-NEXT:    func.return
func.func @dead(%in: !stencil.field<[-1,9]x[-1,17]xf32>, %in2: !stencil.field<[-1,9]x[-1,17]xf32>, %out: !stencil.field<[-1,9]x[-1,17]xf32>) {
  %f = stencil.load %in : !stencil.field<[-1,9]x[-1,17]xf32> -> !stencil.temp<?x?xf32>
  %g = stencil.load %in2 : !stencil.field<[-1,9]x[-1,17]xf32> -> !stencil.temp<?x?xf32>
  %u = stencil.apply(%x = %g : !stencil.temp<?x?xf32>) -> (!stencil.temp<?x?xf32>) {
    %v = stencil.access %x[0, 0] : !stencil.temp<?x?xf32>
    stencil.return %v : f32
  }
  %a:2 = stencil.apply(%x = %f : !stencil.temp<?x?xf32>, %y = %u : !stencil.temp<?x?xf32>) -> (!stencil.temp<?x?xf32>, !stencil.temp<?x?xf32>) {
    %l = stencil.access %x[0, -1] : !stencil.temp<?x?xf32>
    %r = stencil.access %x[0, 1] : !stencil.temp<?x?xf32>
    %s = arith.addf %l, %r : f32
    %d = arith.subf %l, %r : f32
    %dead = arith.mulf %l, %r : f32
    stencil.return %s, %d : f32, f32
  }
  stencil.store %a#0 to %out(<[0, 0], [8, 16]>) : !stencil.temp<?x?xf32> to !stencil.field<[-1,9]x[-1,17]xf32>
  func.return
}

// -----

// The same temp passed twice is read through the first operand; the second goes.
// Stores, and applies writing into fields, are never dead.

// CHECK-LABEL: func.func @twice
// CHECK-NEXT:    %f = stencil.load %in
// CHECK-NEXT:    %a = stencil.apply(%x = %f : !stencil.temp<?xi32>) -> (!stencil.temp<?xi32>) {
// CHECK-NEXT:      %l = stencil.access %x[-1]
// CHECK-NEXT:      %r = stencil.access %x[1]
// CHECK-NEXT:      %s = arith.addi %l, %r : i32
// CHECK-NEXT:      stencil.return %s : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    stencil.store %a to %out
// CHECK-NEXT:    stencil.apply(%z = %f : !stencil.temp<?xi32>) outs (%out2 : !stencil.field<[-1,9]xi32>) {
func.func @twice(%in: !stencil.field<[-1,9]xi32>, %out: !stencil.field<[-1,9]xi32>, %out2: !stencil.field<[-1,9]xi32>) {
  %f = stencil.load %in : !stencil.field<[-1,9]xi32> -> !stencil.temp<?xi32>
  %a = stencil.apply(%x = %f : !stencil.temp<?xi32>, %y = %f : !stencil.temp<?xi32>) -> (!stencil.temp<?xi32>) {
    %l = stencil.access %x[-1] : !stencil.temp<?xi32>
    %r = stencil.access %y[1] : !stencil.temp<?xi32>
    %s = arith.addi %l, %r : i32
    stencil.return %s : i32
  }
  stencil.store %a to %out(<[0], [8]>) : !stencil.temp<?xi32> to !stencil.field<[-1,9]xi32>
  stencil.apply(%z = %f : !stencil.temp<?xi32>) outs (%out2 : !stencil.field<[-1,9]xi32>) {
    %v = stencil.access %z[0] : !stencil.temp<?xi32>
    stencil.return %v : i32
  } to <[0], [8]>
  func.return
}
