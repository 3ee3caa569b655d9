// RUN: sparta-opt %s --split-input-file -p stencil-normalize | filecheck %s

// Scalar arithmetic at function level moves into the apply that reads it: the apply takes
// the argument %s it is computed from and computes %k itself (stencil-dce then drops the
// function-level ops and the operand %f nothing reads any more).

// CHECK-LABEL: func.func @scalars
// CHECK:         stencil.apply(%v = %t : !stencil.temp<[-1,9]xi32>, %f = %k : i32, %{{.*}} = %s : i32) -> (!stencil.temp<[0,8]xi32>) {
// CHECK-NEXT:      %twice_1 = arith.addi %{{.*}}, %{{.*}} : i32
// CHECK-NEXT:      %c3_1 = arith.constant 3 : i32
// CHECK-NEXT:      %k_1 = arith.muli %twice_1, %c3_1 : i32
// CHECK:           %sum = arith.addi %x, %k_1 : i32
func.func @scalars(%s: i32, %in: !stencil.field<[-1,9]xi32>, %out: !stencil.field<[-1,9]xi32>) {
  %t = stencil.load %in : !stencil.field<[-1,9]xi32> -> !stencil.temp<[-1,9]xi32>
  %c3 = arith.constant 3 : i32
  %twice = arith.addi %s, %s : i32
  %k = arith.muli %twice, %c3 : i32
  %r = stencil.apply(%v = %t : !stencil.temp<[-1,9]xi32>, %f = %k : i32) -> (!stencil.temp<[0,8]xi32>) {
    %x = stencil.access %v[-1] : !stencil.temp<[-1,9]xi32>
    %sum = arith.addi %x, %f : i32
    stencil.return %sum : i32
  }
  stencil.store %r to %out(<[0], [8]>) : !stencil.temp<[0,8]xi32> to !stencil.field<[-1,9]xi32>
  func.return
}

// -----

// A loaded temp stored as it is: the store takes a copy apply's result.

// CHECK-LABEL: func.func @copy
// CHECK-NEXT:    %t = stencil.load %in
// CHECK-NEXT:    %{{.*}} = stencil.apply(%{{.*}} = %t : !stencil.temp<[-1,9]xi32>) -> (!stencil.temp<?xi32>) {
// CHECK-NEXT:      %{{.*}} = stencil.access %{{.*}}[0] : !stencil.temp<[-1,9]xi32>
// CHECK-NEXT:      stencil.return
// CHECK-NEXT:    }
// CHECK-NEXT:    stencil.store %{{.*}} to %out(<[-1], [9]>)
func.func @copy(%in: !stencil.field<[-1,9]xi32>, %out: !stencil.field<[-1,9]xi32>) {
  %t = stencil.load %in : !stencil.field<[-1,9]xi32> -> !stencil.temp<[-1,9]xi32>
  stencil.store %t to %out(<[-1], [9]>) : !stencil.temp<[-1,9]xi32> to !stencil.field<[-1,9]xi32>
  func.return
}

// -----

// An apply writing into a field (as bufferization leaves it) and reading a field directly:
// an apply with a result, stored over the apply's bounds, reading a load of the field.

// CHECK-LABEL: func.func @bufferized
// CHECK-NEXT:    %[[L:.*]] = stencil.load %in : !stencil.field<[-1,9]xf32> -> !stencil.temp<?xf32>
// CHECK-NEXT:    %[[R:.*]] = stencil.apply(%x = %[[L]] : !stencil.temp<?xf32>) -> (!stencil.temp<?xf32>) {
// CHECK:         stencil.store %[[R]] to %out(<[0], [8]>)
// CHECK-NOT:     outs
func.func @bufferized(%in: !stencil.field<[-1,9]xf32>, %out: !stencil.field<[-1,9]xf32>) {
  stencil.apply(%x = %in : !stencil.field<[-1,9]xf32>) outs (%out : !stencil.field<[-1,9]xf32>) {
    %v = stencil.access %x[-1] : !stencil.field<[-1,9]xf32>
    %r = stencil.store_result %v : !stencil.result<f32>
    stencil.return %r : !stencil.result<f32>
  } to <[0], [8]>
  func.return
}
