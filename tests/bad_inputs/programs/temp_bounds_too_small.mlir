// laplacian_chain: Laplacian of a Laplacian (biharmonic, radius 2), i32.
// Interior 2 planes x 6 rows x 7 columns; halo 2 in rows and columns.
//   lap = in(r-1) + in(r+1) + in(c-1) + in(c+1) - 4 * in
//   out = lap(r-1) + lap(r+1) + lap(c-1) + lap(c+1) - 4 * lap
func.func @laplacian_chain(%in_field: !stencil.field<[0,2]x[-2,8]x[-2,9]xi32>, %out_field: !stencil.field<[0,2]x[-2,8]x[-2,9]xi32>) {
  %in_temp = stencil.load %in_field : !stencil.field<[0,2]x[-2,8]x[-2,9]xi32> -> !stencil.temp<[0,2]x[-2,8]x[-2,9]xi32>
  %lap_temp = stencil.apply(%in = %in_temp : !stencil.temp<[0,2]x[-2,8]x[-2,9]xi32>) -> (!stencil.temp<[0,2]x[0,6]x[-1,8]xi32>) {
    %c4 = arith.constant 4 : i32
    %in_im1 = stencil.access %in[0, -1, 0] : !stencil.temp<[0,2]x[-2,8]x[-2,9]xi32>
    %in_ip1 = stencil.access %in[0, 1, 0] : !stencil.temp<[0,2]x[-2,8]x[-2,9]xi32>
    %in_jm1 = stencil.access %in[0, 0, -1] : !stencil.temp<[0,2]x[-2,8]x[-2,9]xi32>
    %in_jp1 = stencil.access %in[0, 0, 1] : !stencil.temp<[0,2]x[-2,8]x[-2,9]xi32>
    %neighbours = arith.addi %in_im1, %in_ip1 : i32
    %neighbours2 = arith.addi %neighbours, %in_jm1 : i32
    %neighbours3 = arith.addi %neighbours2, %in_jp1 : i32
    %in_0 = stencil.access %in[0, 0, 0] : !stencil.temp<[0,2]x[-2,8]x[-2,9]xi32>
    %four = arith.muli %c4, %in_0 : i32
    %lap = arith.subi %neighbours3, %four : i32
    %lap_result = stencil.store_result %lap : !stencil.result<i32>
    stencil.return %lap_result : !stencil.result<i32>
  }
  %out_temp = stencil.apply(%lap = %lap_temp : !stencil.temp<[0,2]x[0,6]x[-1,8]xi32>) -> (!stencil.temp<[0,2]x[0,6]x[0,7]xi32>) {
    %c4 = arith.constant 4 : i32
    %lap_im1 = stencil.access %lap[0, -1, 0] : !stencil.temp<[0,2]x[0,6]x[-1,8]xi32>
    %lap_ip1 = stencil.access %lap[0, 1, 0] : !stencil.temp<[0,2]x[0,6]x[-1,8]xi32>
    %lap_jm1 = stencil.access %lap[0, 0, -1] : !stencil.temp<[0,2]x[0,6]x[-1,8]xi32>
    %lap_jp1 = stencil.access %lap[0, 0, 1] : !stencil.temp<[0,2]x[0,6]x[-1,8]xi32>
    %neighbours = arith.addi %lap_im1, %lap_ip1 : i32
    %neighbours2 = arith.addi %neighbours, %lap_jm1 : i32
    %neighbours3 = arith.addi %neighbours2, %lap_jp1 : i32
    %lap_0 = stencil.access %lap[0, 0, 0] : !stencil.temp<[0,2]x[0,6]x[-1,8]xi32>
    %four = arith.muli %c4, %lap_0 : i32
    %out = arith.subi %neighbours3, %four : i32
    %out_result = stencil.store_result %out : !stencil.result<i32>
    stencil.return %out_result : !stencil.result<i32>
  }
  stencil.store %out_temp to %out_field(<[0, 0, 0], [2, 6, 7]>) : !stencil.temp<[0,2]x[0,6]x[0,7]xi32> to !stencil.field<[0,2]x[-2,8]x[-2,9]xi32>
  func.return
}
