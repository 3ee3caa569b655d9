// RUN: sparta-opt %s --split-input-file -p demote-f64 | filecheck %s
// RUN: sparta-opt %s --split-input-file -p demote-f64 | sparta-opt --split-input-file -p demote-f64 | filecheck %s

// demote-f64 rewrites every f64 to f32: field and temp types, block arguments, float
// constants (scalar and dense), function signatures and attributes. Other types stay as
// they are, and a second run changes nothing (the second RUN line). stencil-prepare.mlir
// shows a demoted program passing the f64 check.

// CHECK-LABEL: func.func @smooth(%in: !stencil.field<[-1,9]xf32>, %out: !stencil.field<[-1,9]xf32>) attributes {scale = 2.500000e-01 : f32} {
// CHECK-NEXT:    %t = stencil.load %in : !stencil.field<[-1,9]xf32> -> !stencil.temp<[-1,9]xf32>
// CHECK-NEXT:    %r = stencil.apply(%x = %t : !stencil.temp<[-1,9]xf32>) -> (!stencil.temp<[0,8]xf32>) {
// CHECK-NEXT:      %w = stencil.access %x[-1] : !stencil.temp<[-1,9]xf32>
// CHECK-NEXT:      %e = stencil.access %x[1] : !stencil.temp<[-1,9]xf32>
// CHECK-NEXT:      %q = arith.constant 2.500000e-01 : f32
// CHECK-NEXT:      %s = arith.addf %w, %e : f32
// CHECK-NEXT:      %v = arith.mulf %s, %q : f32
// CHECK-NEXT:      stencil.return %v : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    stencil.store %r to %out(<[0], [8]>) : !stencil.temp<[0,8]xf32> to !stencil.field<[-1,9]xf32>
// CHECK-NEXT:    func.return
// CHECK-NEXT:  }

func.func @smooth(%in: !stencil.field<[-1,9]xf64>, %out: !stencil.field<[-1,9]xf64>) attributes {scale = 2.500000e-01 : f64} {
  %t = stencil.load %in : !stencil.field<[-1,9]xf64> -> !stencil.temp<[-1,9]xf64>
  %r = stencil.apply(%x = %t : !stencil.temp<[-1,9]xf64>) -> (!stencil.temp<[0,8]xf64>) {
    %w = stencil.access %x[-1] : !stencil.temp<[-1,9]xf64>
    %e = stencil.access %x[1] : !stencil.temp<[-1,9]xf64>
    %q = arith.constant 2.500000e-01 : f64
    %s = arith.addf %w, %e : f64
    %v = arith.mulf %s, %q : f64
    stencil.return %v : f64
  }
  stencil.store %r to %out(<[0], [8]>) : !stencil.temp<[0,8]xf64> to !stencil.field<[-1,9]xf64>
  func.return
}

// -----

// Outside stencil programs too: signatures, dense and complex constants, region arguments
// of nested ops; i64 and f16 values are left alone.

// CHECK-LABEL: func.func @mixed(%a: f32, %n: i64, %h: f16) -> (f32, i64) {
// CHECK-NEXT:    %d = arith.constant dense<[1.500000e+00, -2.000000e+00]> : tensor<2xf32>
// CHECK-NEXT:    %z = arith.constant dense<(1.000000e+00,2.000000e+00)> : tensor<2xcomplex<f32>>
// CHECK-NEXT:    %wide = arith.extf %h : f16 to f32
// CHECK-NEXT:    %i = arith.fptosi %a : f32 to i64
// CHECK-NEXT:    %c0 = arith.constant 0 : index
// CHECK-NEXT:    %c4 = arith.constant 4 : index
// CHECK-NEXT:    %c1 = arith.constant 1 : index
// CHECK-NEXT:    %acc = scf.for %k = %c0 to %c4 step %c1 iter_args(%x = %a) -> (f32) {
// CHECK-NEXT:      %y = arith.addf %x, %wide : f32
// CHECK-NEXT:      scf.yield %y : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    %m = arith.addi %n, %i : i64
// CHECK-NEXT:    func.return %acc, %m : f32, i64
// CHECK-NEXT:  }

func.func @mixed(%a: f64, %n: i64, %h: f16) -> (f64, i64) {
  %d = arith.constant dense<[1.5, -2.0]> : tensor<2xf64>
  %z = arith.constant dense<(1.0,2.0)> : tensor<2xcomplex<f64>>
  %wide = arith.extf %h : f16 to f64
  %i = arith.fptosi %a : f64 to i64
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c1 = arith.constant 1 : index
  %acc = scf.for %k = %c0 to %c4 step %c1 iter_args(%x = %a) -> (f64) {
    %y = arith.addf %x, %wide : f64
    scf.yield %y : f64
  }
  %m = arith.addi %n, %i : i64
  func.return %acc, %m : f64, i64
}

// -----

// Nothing to demote: the program is printed unchanged.

// CHECK-LABEL: func.func @ints(%in: !stencil.field<[0,4]xi32>, %out: !stencil.field<[0,4]xi32>) {
// CHECK-NEXT:    %t = stencil.load %in : !stencil.field<[0,4]xi32> -> !stencil.temp<[0,4]xi32>
// CHECK-NEXT:    %r = stencil.apply(%x = %t : !stencil.temp<[0,4]xi32>) -> (!stencil.temp<[0,4]xi32>) {
// CHECK-NEXT:      %v = stencil.access %x[0] : !stencil.temp<[0,4]xi32>
// CHECK-NEXT:      %k = arith.constant 3 : i32
// CHECK-NEXT:      %p = arith.muli %v, %k : i32
// CHECK-NEXT:      stencil.return %p : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    stencil.store %r to %out(<[0], [4]>) : !stencil.temp<[0,4]xi32> to !stencil.field<[0,4]xi32>
// CHECK-NEXT:    func.return
// CHECK-NEXT:  }

func.func @ints(%in: !stencil.field<[0,4]xi32>, %out: !stencil.field<[0,4]xi32>) {
  %t = stencil.load %in : !stencil.field<[0,4]xi32> -> !stencil.temp<[0,4]xi32>
  %r = stencil.apply(%x = %t : !stencil.temp<[0,4]xi32>) -> (!stencil.temp<[0,4]xi32>) {
    %v = stencil.access %x[0] : !stencil.temp<[0,4]xi32>
    %k = arith.constant 3 : i32
    %p = arith.muli %v, %k : i32
    stencil.return %p : i32
  }
  stencil.store %r to %out(<[0], [4]>) : !stencil.temp<[0,4]xi32> to !stencil.field<[0,4]xi32>
  func.return
}
