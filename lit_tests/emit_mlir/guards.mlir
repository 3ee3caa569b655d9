// RUN: sparta-compile %s --emit mlir | filecheck %s
// RUN: sparta-compile %s --emit mlir | %python %S/verify_mlir.py | filecheck %s --check-prefix=VERIFY

// Guards for what MLIR leaves undefined and the reference evaluator defines: division by zero
// (quotient 0) and MIN / -1 divide by 1 instead; a shift by the width or more gives the sign
// fill. `scf.if` computes both branches and selects; its empty `stencil.store_result` becomes
// an i1 mask, so the store keeps the field's value where it is false.

// VERIFY: VERIFIED

// CHECK-LABEL: func.func @guards(
// CHECK:         ^bb0(%[[U:.*]]: i32, %[[V:.*]]: i32, %{{.*}}: i32, %{{.*}}: i32, %{{.*}}: i1):
// CHECK-NEXT:      %[[ZERO:.*]] = arith.constant 0 : i32
// CHECK-NEXT:      %[[ONE:.*]] = arith.constant 1 : i32
// CHECK-NEXT:      %[[BY_ZERO:.*]] = arith.cmpi eq, %[[V]], %[[ZERO]] : i32
// CHECK-NEXT:      %[[MIN:.*]] = arith.constant -2147483648 : i32
// CHECK-NEXT:      %[[IS_MIN:.*]] = arith.cmpi eq, %[[U]], %[[MIN]] : i32
// CHECK-NEXT:      %[[M1:.*]] = arith.constant -1 : i32
// CHECK-NEXT:      %[[IS_M1:.*]] = arith.cmpi eq, %[[V]], %[[M1]] : i32
// CHECK-NEXT:      %[[OVERFLOW:.*]] = arith.andi %[[IS_MIN]], %[[IS_M1]] : i1
// CHECK-NEXT:      %[[UNSAFE:.*]] = arith.ori %[[BY_ZERO]], %[[OVERFLOW]] : i1
// CHECK-NEXT:      %[[SAFE:.*]] = arith.select %[[UNSAFE]], %[[ONE]], %[[V]] : i32
// CHECK-NEXT:      %[[DIV:.*]] = arith.divsi %[[U]], %[[SAFE]] : i32
// CHECK-NEXT:      %[[QUOT:.*]] = arith.select %[[BY_ZERO]], %[[ZERO]], %[[DIV]] : i32
// CHECK-NEXT:      %[[WIDTH:.*]] = arith.constant 32 : i32
// CHECK-NEXT:      %[[TOO_FAR:.*]] = arith.cmpi uge, %[[V]], %[[WIDTH]] : i32
// CHECK-NEXT:      %[[AMOUNT:.*]] = arith.select %[[TOO_FAR]], %[[ZERO]], %[[V]] : i32
// CHECK-NEXT:      %[[SHIFTED:.*]] = arith.shrsi %[[U]], %[[AMOUNT]] : i32
// CHECK-NEXT:      %[[C31:.*]] = arith.constant 31 : i32
// CHECK-NEXT:      %[[FILL:.*]] = arith.shrsi %[[U]], %[[C31]] : i32
// CHECK-NEXT:      %[[SHR:.*]] = arith.select %[[TOO_FAR]], %[[FILL]], %[[SHIFTED]] : i32
// CHECK:           %[[POSITIVE:.*]] = arith.cmpi sgt, %[[U]], %{{.*}} : i32
// CHECK-NEXT:      %[[FALSE:.*]] = arith.constant false
// CHECK-NEXT:      %[[KEPT:.*]] = arith.select %[[POSITIVE]], %[[SHR]], %[[ZERO]] : i32
// CHECK-NEXT:      %[[TRUE:.*]] = arith.constant true
// CHECK-NEXT:      %[[DEFINED:.*]] = arith.select %[[POSITIVE]], %[[TRUE]], %[[FALSE]] : i1
// CHECK-NEXT:      linalg.yield %[[QUOT]], %[[KEPT]], %[[DEFINED]] : i32, i32, i1
// CHECK-NEXT:    } -> (tensor<8xi32>, tensor<8xi32>, tensor<8xi1>)
// CHECK-NEXT:    %[[Q:.*]] = tensor.insert_slice %[[R:.*]]#0 into %q[0] [8] [1] : tensor<8xi32> into tensor<8xi32>
// CHECK-NEXT:    %[[MERGED:.*]] = arith.select %[[R]]#2, %[[R]]#1, %s : tensor<8xi1>, tensor<8xi32>
// CHECK-NEXT:    %[[S:.*]] = tensor.insert_slice %[[MERGED]] into %s[0] [8] [1] : tensor<8xi32> into tensor<8xi32>
// CHECK-NEXT:    return %a, %b, %[[Q]], %[[S]] :

func.func @guards(%a: !stencil.field<[0,8]xi32>, %b: !stencil.field<[0,8]xi32>, %q: !stencil.field<[0,8]xi32>, %s: !stencil.field<[0,8]xi32>) {
  %ta = stencil.load %a : !stencil.field<[0,8]xi32> -> !stencil.temp<[0,8]xi32>
  %tb = stencil.load %b : !stencil.field<[0,8]xi32> -> !stencil.temp<[0,8]xi32>
  %rq, %rs = stencil.apply(%x = %ta : !stencil.temp<[0,8]xi32>, %y = %tb : !stencil.temp<[0,8]xi32>) -> (!stencil.temp<[0,8]xi32>, !stencil.temp<[0,8]xi32>) {
    %u = stencil.access %x[0] : !stencil.temp<[0,8]xi32>
    %v = stencil.access %y[0] : !stencil.temp<[0,8]xi32>
    %quot = arith.divsi %u, %v : i32
    %shifted = arith.shrsi %u, %v : i32
    %zero = arith.constant 0 : i32
    %positive = arith.cmpi sgt, %u, %zero : i32
    %kept = scf.if %positive -> (!stencil.result<i32>) {
      %r = stencil.store_result %shifted : !stencil.result<i32>
      scf.yield %r : !stencil.result<i32>
    } else {
      %none = stencil.store_result : !stencil.result<i32>
      scf.yield %none : !stencil.result<i32>
    }
    %rq = stencil.store_result %quot : !stencil.result<i32>
    stencil.return %rq, %kept : !stencil.result<i32>, !stencil.result<i32>
  }
  stencil.store %rq to %q(<[0], [8]>) : !stencil.temp<[0,8]xi32> to !stencil.field<[0,8]xi32>
  stencil.store %rs to %s(<[0], [8]>) : !stencil.temp<[0,8]xi32> to !stencil.field<[0,8]xi32>
  func.return
}
