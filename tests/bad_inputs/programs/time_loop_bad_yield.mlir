// jacobi_1d in a time loop whose yield does not rotate its two time levels: it yields the
// first level twice, so the second buffer is lost. sparta maps loops whose yield permutes
// the levels, and says where this one does not.
func.func @jacobi_1d(%a: !stencil.field<[-1,9]xi32>, %b: !stencil.field<[-1,9]xi32>) {
  %lb = arith.constant 0 : index
  %ub = arith.constant 2 : index
  %st = arith.constant 1 : index
  %r:2 = scf.for %i = %lb to %ub step %st iter_args(%u0 = %a, %u1 = %b) -> (!stencil.field<[-1,9]xi32>, !stencil.field<[-1,9]xi32>) {
    %in_temp = stencil.load %u0 : !stencil.field<[-1,9]xi32> -> !stencil.temp<[-1,9]xi32>
    %out_temp = stencil.apply(%in = %in_temp : !stencil.temp<[-1,9]xi32>) -> (!stencil.temp<[0,8]xi32>) {
      %in_jm1 = stencil.access %in[-1] : !stencil.temp<[-1,9]xi32>
      %in_jp1 = stencil.access %in[1] : !stencil.temp<[-1,9]xi32>
      %sum = arith.addi %in_jm1, %in_jp1 : i32
      stencil.return %sum : i32
    }
    stencil.store %out_temp to %u1(<[0], [8]>) : !stencil.temp<[0,8]xi32> to !stencil.field<[-1,9]xi32>
    scf.yield %u0, %u0 : !stencil.field<[-1,9]xi32>, !stencil.field<[-1,9]xi32>
  }
  func.return
}
