// Cases 0-2 and 5 succeed; cases 3, 4 and 6-8 are errors, each run on its own: a sparta error ends the
// run, so every error case is cut out of this file (other lines blanked, so line numbers
// stay those of this file) and checked with its own prefix.
// DEFINE: %{cases-before} = awk '/^\/\/ -----$/ { n++ } { print (n < k ? $0 : "") }'
// DEFINE: %{case} = awk '/^\/\/ -----$/ { n++ } { print (n == k ? $0 : "") }'

// RUN: %{cases-before} k=3 %s | sparta-opt --split-input-file -p stencil-prepare | filecheck %s
// RUN: %{case} k=3 %s > %t.3.mlir
// RUN: not sparta-opt %t.3.mlir -p stencil-prepare 2>&1 | filecheck %s --check-prefix=F64
// RUN: sparta-opt %t.3.mlir -p demote-f64,stencil-prepare | filecheck %s --check-prefix=DEMOTED
// RUN: %{case} k=4 %s > %t.4.mlir
// RUN: not sparta-opt %t.4.mlir -p stencil-prepare 2>&1 | filecheck %s --check-prefix=EXTF
// RUN: %{case} k=5 %s > %t.5.mlir
// RUN: sparta-opt %t.5.mlir -p stencil-prepare | filecheck %s --check-prefix=INDEX
// RUN: %{case} k=6 %s > %t.6.mlir
// RUN: not sparta-opt %t.6.mlir -p stencil-prepare 2>&1 | filecheck %s --check-prefix=LOOP
// RUN: %{case} k=7 %s > %t.7.mlir
// RUN: not sparta-opt %t.7.mlir -p stencil-prepare 2>&1 | filecheck %s --check-prefix=NOSTORE
// RUN: %{case} k=8 %s > %t.8.mlir
// RUN: not sparta-opt %t.8.mlir -p stencil-prepare 2>&1 | filecheck %s --check-prefix=NOAPPLY

// stencil-prepare records the program's mapping-independent work as `sparta.work`:
// ops = arithmetic ops per output point x output points (the largest store), bytes_in =
// the loaded boxes, bytes_out = the stored boxes. Temps without bounds get them from
// xDSL's shape inference first. The body is left as it is.

// One add per point over [0,8): ops 8; the load reads [-1,9), 10 x 4 bytes in; 8 x 4 out.
// Shape inference gives the load [-1,9) (offsets -1 and +1) and the apply [0,8).

// CHECK-LABEL: func.func @shapes(%in: !stencil.field<[-1,9]xi32>, %out: !stencil.field<[-1,9]xi32>)
// CHECK-SAME:      attributes {sparta.work = {ops = 8 : i64, bytes_in = 40 : i64, bytes_out = 32 : i64, dtype = "i32"}} {
// CHECK-NEXT:    %t = stencil.load %in : !stencil.field<[-1,9]xi32> -> !stencil.temp<[-1,9]xi32>
// CHECK-NEXT:    %r = stencil.apply(%x = %t : !stencil.temp<[-1,9]xi32>) -> (!stencil.temp<[0,8]xi32>) {
// CHECK-NEXT:      %w = stencil.access %x[-1] : !stencil.temp<[-1,9]xi32>
// CHECK-NEXT:      %e = stencil.access %x[1] : !stencil.temp<[-1,9]xi32>
// CHECK-NEXT:      %s = arith.addi %w, %e : i32
// CHECK-NEXT:      stencil.return %s : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    stencil.store %r to %out(<[0], [8]>) : !stencil.temp<[0,8]xi32> to !stencil.field<[-1,9]xi32>
// CHECK-NEXT:    func.return
// CHECK-NEXT:  }

func.func @shapes(%in: !stencil.field<[-1,9]xi32>, %out: !stencil.field<[-1,9]xi32>) {
  %t = stencil.load %in : !stencil.field<[-1,9]xi32> -> !stencil.temp<?xi32>
  %r = stencil.apply(%x = %t : !stencil.temp<?xi32>) -> (!stencil.temp<?xi32>) {
    %w = stencil.access %x[-1] : !stencil.temp<?xi32>
    %e = stencil.access %x[1] : !stencil.temp<?xi32>
    %s = arith.addi %w, %e : i32
    stencil.return %s : i32
  }
  stencil.store %r to %out(<[0], [8]>) : !stencil.temp<?xi32> to !stencil.field<[-1,9]xi32>
  func.return
}

// -----

// Two applies, two stores, f32. Ops per point: addf (first apply) + subf, mulf, negf
// (second) = 4, times the 2 x 6 points of a store: 48. In: the load's 6 x 10 points, 240
// bytes. Out: two stores of 12 points, 96 bytes. Work counts ops per *output* point, so
// the first apply's larger 4 x 8 domain does not add to it.

// CHECK-LABEL: func.func @two_stores(
// CHECK-SAME:      attributes {sparta.work = {ops = 48 : i64, bytes_in = 240 : i64, bytes_out = 96 : i64, dtype = "f32"}} {
// CHECK-NEXT:    %ta = stencil.load

func.func @two_stores(%a: !stencil.field<[0,6]x[0,10]xf32>, %b: !stencil.field<[0,6]x[0,10]xf32>, %c: !stencil.field<[0,6]x[0,10]xf32>) {
  %ta = stencil.load %a : !stencil.field<[0,6]x[0,10]xf32> -> !stencil.temp<[0,6]x[0,10]xf32>
  %l = stencil.apply(%x = %ta : !stencil.temp<[0,6]x[0,10]xf32>) -> (!stencil.temp<[1,5]x[1,9]xf32>) {
    %n = stencil.access %x[-1, 0] : !stencil.temp<[0,6]x[0,10]xf32>
    %s = stencil.access %x[1, 0] : !stencil.temp<[0,6]x[0,10]xf32>
    %sum = arith.addf %n, %s : f32
    stencil.return %sum : f32
  }
  %p, %q = stencil.apply(%y = %l : !stencil.temp<[1,5]x[1,9]xf32>) -> (!stencil.temp<[2,4]x[2,8]xf32>, !stencil.temp<[2,4]x[2,8]xf32>) {
    %w = stencil.access %y[0, -1] : !stencil.temp<[1,5]x[1,9]xf32>
    %e = stencil.access %y[0, 1] : !stencil.temp<[1,5]x[1,9]xf32>
    %half = arith.constant 5.000000e-01 : f32
    %d = arith.subf %e, %w : f32
    %m = arith.mulf %d, %half : f32
    %neg = arith.negf %m : f32
    stencil.return %m, %neg : f32, f32
  }
  stencil.store %p to %b(<[2, 2], [4, 8]>) : !stencil.temp<[2,4]x[2,8]xf32> to !stencil.field<[0,6]x[0,10]xf32>
  stencil.store %q to %c(<[2, 2], [4, 8]>) : !stencil.temp<[2,4]x[2,8]xf32> to !stencil.field<[0,6]x[0,10]xf32>
  func.return
}

// -----

// `scf.if` in an apply counts both branches (a vector core computes both and selects):
// cmpi, the select standing for the if, and subi in the else branch: 3 ops x 4 points.

// CHECK-LABEL: func.func @branches(
// CHECK-SAME:      attributes {sparta.work = {ops = 12 : i64, bytes_in = 16 : i64, bytes_out = 16 : i64, dtype = "i32"}} {

func.func @branches(%in: !stencil.field<[0,4]xi32>, %out: !stencil.field<[0,4]xi32>) {
  %t = stencil.load %in : !stencil.field<[0,4]xi32> -> !stencil.temp<[0,4]xi32>
  %r = stencil.apply(%x = %t : !stencil.temp<[0,4]xi32>) -> (!stencil.temp<[0,4]xi32>) {
    %v = stencil.access %x[0] : !stencil.temp<[0,4]xi32>
    %zero = arith.constant 0 : i32
    %neg = arith.cmpi slt, %v, %zero : i32
    %abs = scf.if %neg -> (i32) {
      %m = arith.subi %zero, %v : i32
      scf.yield %m : i32
    } else {
      scf.yield %v : i32
    }
    stencil.return %abs : i32
  }
  stencil.store %r to %out(<[0], [4]>) : !stencil.temp<[0,4]xi32> to !stencil.field<[0,4]xi32>
  func.return
}

// -----

// f64 fields: AI Engine cores have no fp64 units. The first op that computes in f64 is
// the function itself (its arguments are f64 fields); demote-f64 makes it compile.

// F64-NOT: Traceback
// F64: {{.*}}.mlir:[[# @LINE + 5]]:1: error: 'func.func' computes in f64, which AI Engine cores cannot (no fp64 units); rerun with --demote-f64 to compile the program in f32

// DEMOTED-LABEL: func.func @doubles(%in: !stencil.field<[0,4]xf32>, %out: !stencil.field<[0,4]xf32>)
// DEMOTED-SAME:      attributes {sparta.work = {ops = 4 : i64, bytes_in = 16 : i64, bytes_out = 16 : i64, dtype = "f32"}} {

func.func @doubles(%in: !stencil.field<[0,4]xf64>, %out: !stencil.field<[0,4]xf64>) {
  %t = stencil.load %in : !stencil.field<[0,4]xf64> -> !stencil.temp<[0,4]xf64>
  %r = stencil.apply(%x = %t : !stencil.temp<[0,4]xf64>) -> (!stencil.temp<[0,4]xf64>) {
    %v = stencil.access %x[0] : !stencil.temp<[0,4]xf64>
    %d = arith.addf %v, %v : f64
    stencil.return %d : f64
  }
  stencil.store %r to %out(<[0], [4]>) : !stencil.temp<[0,4]xf64> to !stencil.field<[0,4]xf64>
  func.return
}

// -----

// f64 inside an f32 program: the error points at the op.

func.func @widen(%in: !stencil.field<[0,4]xf32>, %out: !stencil.field<[0,4]xf32>) {
  %t = stencil.load %in : !stencil.field<[0,4]xf32> -> !stencil.temp<[0,4]xf32>
  %r = stencil.apply(%x = %t : !stencil.temp<[0,4]xf32>) -> (!stencil.temp<[0,4]xf32>) {
    %v = stencil.access %x[0] : !stencil.temp<[0,4]xf32>
    // EXTF: {{.*}}.mlir:[[# @LINE + 1]]:5: error: 'arith.extf' computes in f64
    %wide = arith.extf %v : f32 to f64
    %back = arith.truncf %wide : f64 to f32
    stencil.return %back : f32
  }
  stencil.store %r to %out(<[0], [4]>) : !stencil.temp<[0,4]xf32> to !stencil.field<[0,4]xf32>
  func.return
}

// -----

// Coordinates inside an apply are mapped too (cores know the rows they compute); the
// coordinate itself is not arithmetic, the index_cast is: ops 1 x 4 points.

// INDEX-LABEL: func.func @index(
// INDEX-SAME:    sparta.work = {ops = 4 : i64, bytes_in = 16 : i64, bytes_out = 16 : i64, dtype = "i32"}
// INDEX:         %i = stencil.index 0 <[0]>
func.func @index(%in: !stencil.field<[0,4]xi32>, %out: !stencil.field<[0,4]xi32>) {
  %t = stencil.load %in : !stencil.field<[0,4]xi32> -> !stencil.temp<[0,4]xi32>
  %r = stencil.apply(%x = %t : !stencil.temp<[0,4]xi32>) -> (!stencil.temp<[0,4]xi32>) {
    %i = stencil.index 0 <[0]>
    %v = arith.index_cast %i : index to i32
    stencil.return %v : i32
  }
  stencil.store %r to %out(<[0], [4]>) : !stencil.temp<[0,4]xi32> to !stencil.field<[0,4]xi32>
  func.return
}

// -----

func.func @loop(%in: !stencil.field<[0,4]xi32>, %out: !stencil.field<[0,4]xi32>) {
  %t = stencil.load %in : !stencil.field<[0,4]xi32> -> !stencil.temp<[0,4]xi32>
  %r = stencil.apply(%x = %t : !stencil.temp<[0,4]xi32>) -> (!stencil.temp<[0,4]xi32>) {
    %v = stencil.access %x[0] : !stencil.temp<[0,4]xi32>
    %lo = arith.constant 0 : index
    %hi = arith.constant 4 : index
    %step = arith.constant 1 : index
    // LOOP: {{.*}}.mlir:[[# @LINE + 1]]:5: error: the tile mapping does not support 'scf.for' inside stencil.apply
    %acc = scf.for %k = %lo to %hi step %step iter_args(%a = %v) -> (i32) {
      %n = arith.addi %a, %v : i32
      scf.yield %n : i32
    }
    stencil.return %acc : i32
  }
  stencil.store %r to %out(<[0], [4]>) : !stencil.temp<[0,4]xi32> to !stencil.field<[0,4]xi32>
  func.return
}

// -----

// NOSTORE: {{.*}}.mlir:[[# @LINE + 1]]:1: error: the program stores nothing
func.func @nostore(%in: !stencil.field<[0,4]xi32>) {
  %t = stencil.load %in : !stencil.field<[0,4]xi32> -> !stencil.temp<[0,4]xi32>
  %r = stencil.apply(%x = %t : !stencil.temp<[0,4]xi32>) -> (!stencil.temp<[0,4]xi32>) {
    %v = stencil.access %x[0] : !stencil.temp<[0,4]xi32>
    stencil.return %v : i32
  }
  func.return
}

// -----

// Nothing to map. The module has no better location than the whole input.

// NOAPPLY: error: the module has no function with stencil.apply to map
func.func @scalar(%a: i32) -> i32 {
  func.return %a : i32
}
