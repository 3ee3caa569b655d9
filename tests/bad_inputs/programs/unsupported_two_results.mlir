// jacobi_2d_5pt with an op of two results (arith.mulsi_extended): the op table refuses it,
// so the mapping (and the reference, and the emitter) name it in a diagnostic.
func.func @jacobi_2d_5pt(%in_field: !stencil.field<[-1,7]x[-1,8]xi32>, %out_field: !stencil.field<[-1,7]x[-1,8]xi32>) {
  %in_temp = stencil.load %in_field : !stencil.field<[-1,7]x[-1,8]xi32> -> !stencil.temp<[-1,7]x[-1,8]xi32>
  %out_temp = stencil.apply(%in = %in_temp : !stencil.temp<[-1,7]x[-1,8]xi32>) -> (!stencil.temp<[0,6]x[0,7]xi32>) {
    %cst = arith.constant 13 : i32
    %in_0 = stencil.access %in[0, 0] : !stencil.temp<[-1,7]x[-1,8]xi32>
    %in_im1 = stencil.access %in[-1, 0] : !stencil.temp<[-1,7]x[-1,8]xi32>
    %in_ip1 = stencil.access %in[1, 0] : !stencil.temp<[-1,7]x[-1,8]xi32>
    %in_jm1 = stencil.access %in[0, -1] : !stencil.temp<[-1,7]x[-1,8]xi32>
    %in_jp1 = stencil.access %in[0, 1] : !stencil.temp<[-1,7]x[-1,8]xi32>
    %sum = arith.addi %in_0, %in_im1 : i32
    %sum2 = arith.addi %sum, %in_ip1 : i32
    %sum3 = arith.addi %sum2, %in_jm1 : i32
    %sum4 = arith.addi %sum3, %in_jp1 : i32
    %lo, %e = arith.mulsi_extended %sum4, %sum4 : i32
    %out = arith.muli %cst, %e : i32
    stencil.return %out : i32
  }
  stencil.store %out_temp to %out_field(<[0, 0], [6, 7]>) : !stencil.temp<[0,6]x[0,7]xi32> to !stencil.field<[-1,7]x[-1,8]xi32>
  func.return
}
