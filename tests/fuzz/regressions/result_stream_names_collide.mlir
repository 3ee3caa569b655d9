// fuzz: target=vck190 strategy=uniform seed=3 expect=ok
// Found on OEC's hadvuv (issue 13): the streams of a two-result apply were named after it
// plus the result index, so result 0 of `apply1` and the apply named `apply10` both became
// fifo `apply10_g0`; the second silently replaced the first and the validator later found
// a core reading a stream nobody filled. Stream roles are now unique by construction.
func.func @names(%in: !stencil.field<[-1,9]x[-1,17]xi32>, %out: !stencil.field<[-1,9]x[-1,17]xi32>) {
  %f = stencil.load %in : !stencil.field<[-1,9]x[-1,17]xi32> -> !stencil.temp<?x?xi32>
  %apply1:2 = stencil.apply(%x = %f : !stencil.temp<?x?xi32>) -> (!stencil.temp<?x?xi32>, !stencil.temp<?x?xi32>) {
    %l = stencil.access %x[0, -1] : !stencil.temp<?x?xi32>
    %r = stencil.access %x[0, 1] : !stencil.temp<?x?xi32>
    %s = arith.addi %l, %r : i32
    %d = arith.subi %l, %r : i32
    stencil.return %s, %d : i32, i32
  }
  %apply10 = stencil.apply(%y = %apply1#0 : !stencil.temp<?x?xi32>) -> (!stencil.temp<?x?xi32>) {
    %v = stencil.access %y[1, 0] : !stencil.temp<?x?xi32>
    %c = arith.constant 3 : i32
    %m = arith.muli %v, %c : i32
    stencil.return %m : i32
  }
  %apply11 = stencil.apply(%a = %apply10 : !stencil.temp<?x?xi32>, %b = %apply1#1 : !stencil.temp<?x?xi32>) -> (!stencil.temp<?x?xi32>) {
    %u = stencil.access %a[-1, 0] : !stencil.temp<?x?xi32>
    %w = stencil.access %b[0, 0] : !stencil.temp<?x?xi32>
    %t = arith.addi %u, %w : i32
    stencil.return %t : i32
  }
  stencil.store %apply11 to %out(<[1, 0], [8, 16]>) : !stencil.temp<?x?xi32> to !stencil.field<[-1,9]x[-1,17]xi32>
  func.return
}
