"""Stencil programs that several test modules run (reference evaluator, `--emit mlir`)."""

# ruff: noqa: E501  (inline MLIR keeps its natural line lengths)

LAPLACE_2D = """
func.func @laplace(%in: !stencil.field<[-3,61]x[-1,33]xf64>, %out: !stencil.field<[-3,61]x[-1,33]xf64>) {
  %t = stencil.load %in : !stencil.field<[-3,61]x[-1,33]xf64> -> !stencil.temp<?x?xf64>
  %r = stencil.apply(%a = %t : !stencil.temp<?x?xf64>) -> (!stencil.temp<?x?xf64>) {
    %w = stencil.access %a[-1, 0] : !stencil.temp<?x?xf64>
    %e = stencil.access %a[1, 0] : !stencil.temp<?x?xf64>
    %n = stencil.access %a[0, 1] : !stencil.temp<?x?xf64>
    %s = stencil.access %a[0, -1] : !stencil.temp<?x?xf64>
    %c = stencil.access %a[0, 0] : !stencil.temp<?x?xf64>
    %four = arith.constant 4.0 : f64
    %c4 = arith.mulf %four, %c : f64
    %0 = arith.subf %c4, %w : f64
    %1 = arith.subf %0, %e : f64
    %2 = arith.subf %1, %n : f64
    %3 = arith.subf %2, %s : f64
    stencil.return %3 : f64
  }
  stencil.store %r to %out(<[-2, 0], [60, 32]>) : !stencil.temp<?x?xf64> to !stencil.field<[-3,61]x[-1,33]xf64>
  func.return
}
"""

TWO_APPLIES_TWO_RESULTS_3D = """
func.func @two(%in: !stencil.field<[-1,9]x[-1,7]x[0,4]xf32>, %out: !stencil.field<[-1,9]x[-1,7]x[0,4]xf32>, %aux: !stencil.field<[-1,9]x[-1,7]x[0,4]xf32>) {
  %t = stencil.load %in : !stencil.field<[-1,9]x[-1,7]x[0,4]xf32> -> !stencil.temp<?x?x?xf32>
  %gx, %gy = stencil.apply(%a = %t : !stencil.temp<?x?x?xf32>) -> (!stencil.temp<?x?x?xf32>, !stencil.temp<?x?x?xf32>) {
    %c = stencil.access %a[0, 0, 0] : !stencil.temp<?x?x?xf32>
    %x = stencil.access %a[1, 0, 0] : !stencil.temp<?x?x?xf32>
    %y = stencil.access %a[0, 1, 0] : !stencil.temp<?x?x?xf32>
    %dx = arith.subf %x, %c : f32
    %dy = arith.subf %y, %c : f32
    %rx = stencil.store_result %dx : !stencil.result<f32>
    %ry = stencil.store_result %dy : !stencil.result<f32>
    stencil.return %rx, %ry : !stencil.result<f32>, !stencil.result<f32>
  }
  %div = stencil.apply(%p = %gx : !stencil.temp<?x?x?xf32>, %q = %gy : !stencil.temp<?x?x?xf32>) -> (!stencil.temp<?x?x?xf32>) {
    %px = stencil.access %p[0, 0, 0] : !stencil.temp<?x?x?xf32>
    %pw = stencil.access %p[-1, 0, 0] : !stencil.temp<?x?x?xf32>
    %qy = stencil.access %q[0, 0, 0] : !stencil.temp<?x?x?xf32>
    %qs = stencil.access %q[0, -1, 0] : !stencil.temp<?x?x?xf32>
    %ddx = arith.subf %px, %pw : f32
    %ddy = arith.subf %qy, %qs : f32
    %sum = arith.addf %ddx, %ddy : f32
    stencil.return %sum : f32
  }
  stencil.store %div to %out(<[0, 0, 0], [8, 6, 4]>) : !stencil.temp<?x?x?xf32> to !stencil.field<[-1,9]x[-1,7]x[0,4]xf32>
  stencil.store %gx to %aux(<[0, 0, 0], [8, 6, 4]>) : !stencil.temp<?x?x?xf32> to !stencil.field<[-1,9]x[-1,7]x[0,4]xf32>
  func.return
}
"""

DYN_ACCESS_GATHER = """
func.func @gather(%in: !stencil.field<[-2,10]x[0,4]xf64>, %sel: !stencil.field<[-2,10]x[0,4]xi32>, %out: !stencil.field<[-2,10]x[0,4]xf64>) {
  %t = stencil.load %in : !stencil.field<[-2,10]x[0,4]xf64> -> !stencil.temp<?x?xf64>
  %s = stencil.load %sel : !stencil.field<[-2,10]x[0,4]xi32> -> !stencil.temp<?x?xi32>
  %r = stencil.apply(%a = %t : !stencil.temp<?x?xf64>, %b = %s : !stencil.temp<?x?xi32>) -> (!stencil.temp<?x?xf64>) {
    %shift = stencil.access %b[0, 0] : !stencil.temp<?x?xi32>
    %di = arith.index_cast %shift : i32 to index
    %i = stencil.index 0 <[0, 0]>
    %j = stencil.index 1 <[0, 0]>
    %wanted = arith.addi %i, %di : index
    %v = stencil.dyn_access %a[%wanted, %j] in <[-2, 0]> : <[1, 0]> : !stencil.temp<?x?xf64>
    stencil.return %v : f64
  }
  stencil.store %r to %out(<[0, 0], [8, 4]>) : !stencil.temp<?x?xf64> to !stencil.field<[-2,10]x[0,4]xf64>
  func.return
}
"""

CHAIN_WITH_INFERRED_DOMAINS = """
func.func @chain(%in: !stencil.field<[-4,20]xi32>, %out: !stencil.field<[-4,20]xi32>) {
  %t = stencil.load %in : !stencil.field<[-4,20]xi32> -> !stencil.temp<?xi32>
  %one = stencil.apply(%a = %t : !stencil.temp<?xi32>) -> (!stencil.temp<?xi32>) {
    %l = stencil.access %a[-1] : !stencil.temp<?xi32>
    %r = stencil.access %a[2] : !stencil.temp<?xi32>
    %s = arith.subi %r, %l : i32
    stencil.return %s : i32
  }
  %two = stencil.apply(%b = %one : !stencil.temp<?xi32>) -> (!stencil.temp<?xi32>) {
    %l = stencil.access %b[-2] : !stencil.temp<?xi32>
    %c = stencil.access %b[0] : !stencil.temp<?xi32>
    %s = arith.muli %l, %c : i32
    stencil.return %s : i32
  }
  %three = stencil.apply(%c1 = %one : !stencil.temp<?xi32>, %c2 = %two : !stencil.temp<?xi32>) -> (!stencil.temp<?xi32>) {
    %x = stencil.access %c1[1] : !stencil.temp<?xi32>
    %y = stencil.access %c2[-1] : !stencil.temp<?xi32>
    %s = arith.addi %x, %y : i32
    stencil.return %s : i32
  }
  stencil.store %three to %out(<[0], [16]>) : !stencil.temp<?xi32> to !stencil.field<[-4,20]xi32>
  func.return
}
"""
