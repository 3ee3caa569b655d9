// hdiff: SPARTA's horizontal diffusion (COSMO benchmark, coefficient 7), i32.
// Interior 1 planes x 8 rows x 2053 columns; halo 2 in rows and columns.
//   lap = 4*in - in(r-1) - in(r+1) - in(c-1) - in(c+1)
//   flx = lap(r+1) - lap, zeroed when flx * (in(r+1) - in) > 0
//   fly = lap(c+1) - lap, zeroed when fly * (in(c+1) - in) > 0
//   out = in - 7 * (flx - flx(r-1) + fly - fly(c-1))
func.func @hdiff(%in_field: !stencil.field<[0,1]x[-2,10]x[-2,2055]xi32>, %out_field: !stencil.field<[0,1]x[-2,10]x[-2,2055]xi32>) {
  %in_temp = stencil.load %in_field : !stencil.field<[0,1]x[-2,10]x[-2,2055]xi32> -> !stencil.temp<[0,1]x[-2,10]x[-2,2055]xi32>
  %lap_temp = stencil.apply(%in = %in_temp : !stencil.temp<[0,1]x[-2,10]x[-2,2055]xi32>) -> (!stencil.temp<[0,1]x[-1,9]x[-1,2054]xi32>) {
    %c4 = arith.constant 4 : i32
    %in_0 = stencil.access %in[0, 0, 0] : !stencil.temp<[0,1]x[-2,10]x[-2,2055]xi32>
    %four_in = arith.muli %c4, %in_0 : i32
    %in_im1 = stencil.access %in[0, -1, 0] : !stencil.temp<[0,1]x[-2,10]x[-2,2055]xi32>
    %lap = arith.subi %four_in, %in_im1 : i32
    %in_ip1 = stencil.access %in[0, 1, 0] : !stencil.temp<[0,1]x[-2,10]x[-2,2055]xi32>
    %lap2 = arith.subi %lap, %in_ip1 : i32
    %in_jm1 = stencil.access %in[0, 0, -1] : !stencil.temp<[0,1]x[-2,10]x[-2,2055]xi32>
    %lap3 = arith.subi %lap2, %in_jm1 : i32
    %in_jp1 = stencil.access %in[0, 0, 1] : !stencil.temp<[0,1]x[-2,10]x[-2,2055]xi32>
    %lap4 = arith.subi %lap3, %in_jp1 : i32
    %lap4_result = stencil.store_result %lap4 : !stencil.result<i32>
    stencil.return %lap4_result : !stencil.result<i32>
  }
  %flx_temp = stencil.apply(%in = %in_temp : !stencil.temp<[0,1]x[-2,10]x[-2,2055]xi32>, %lap = %lap_temp : !stencil.temp<[0,1]x[-1,9]x[-1,2054]xi32>) -> (!stencil.temp<[0,1]x[-1,8]x[0,2053]xi32>) {
    %c0 = arith.constant 0 : i32
    %lap_ip1 = stencil.access %lap[0, 1, 0] : !stencil.temp<[0,1]x[-1,9]x[-1,2054]xi32>
    %lap_0 = stencil.access %lap[0, 0, 0] : !stencil.temp<[0,1]x[-1,9]x[-1,2054]xi32>
    %flx = arith.subi %lap_ip1, %lap_0 : i32
    %in_ip1 = stencil.access %in[0, 1, 0] : !stencil.temp<[0,1]x[-2,10]x[-2,2055]xi32>
    %in_0 = stencil.access %in[0, 0, 0] : !stencil.temp<[0,1]x[-2,10]x[-2,2055]xi32>
    %grad = arith.subi %in_ip1, %in_0 : i32
    %test = arith.muli %flx, %grad : i32
    %cond = arith.cmpi sgt, %test, %c0 : i32
    %flx_lim = arith.select %cond, %c0, %flx : i32
    %flx_lim_result = stencil.store_result %flx_lim : !stencil.result<i32>
    stencil.return %flx_lim_result : !stencil.result<i32>
  }
  %fly_temp = stencil.apply(%in = %in_temp : !stencil.temp<[0,1]x[-2,10]x[-2,2055]xi32>, %lap = %lap_temp : !stencil.temp<[0,1]x[-1,9]x[-1,2054]xi32>) -> (!stencil.temp<[0,1]x[0,8]x[-1,2053]xi32>) {
    %c0 = arith.constant 0 : i32
    %lap_jp1 = stencil.access %lap[0, 0, 1] : !stencil.temp<[0,1]x[-1,9]x[-1,2054]xi32>
    %lap_0 = stencil.access %lap[0, 0, 0] : !stencil.temp<[0,1]x[-1,9]x[-1,2054]xi32>
    %fly = arith.subi %lap_jp1, %lap_0 : i32
    %in_jp1 = stencil.access %in[0, 0, 1] : !stencil.temp<[0,1]x[-2,10]x[-2,2055]xi32>
    %in_0 = stencil.access %in[0, 0, 0] : !stencil.temp<[0,1]x[-2,10]x[-2,2055]xi32>
    %grad = arith.subi %in_jp1, %in_0 : i32
    %test = arith.muli %fly, %grad : i32
    %cond = arith.cmpi sgt, %test, %c0 : i32
    %fly_lim = arith.select %cond, %c0, %fly : i32
    %fly_lim_result = stencil.store_result %fly_lim : !stencil.result<i32>
    stencil.return %fly_lim_result : !stencil.result<i32>
  }
  %out_temp = stencil.apply(%in = %in_temp : !stencil.temp<[0,1]x[-2,10]x[-2,2055]xi32>, %flx = %flx_temp : !stencil.temp<[0,1]x[-1,8]x[0,2053]xi32>, %fly = %fly_temp : !stencil.temp<[0,1]x[0,8]x[-1,2053]xi32>) -> (!stencil.temp<[0,1]x[0,8]x[0,2053]xi32>) {
    %c7 = arith.constant 7 : i32
    %flx_0 = stencil.access %flx[0, 0, 0] : !stencil.temp<[0,1]x[-1,8]x[0,2053]xi32>
    %flx_im1 = stencil.access %flx[0, -1, 0] : !stencil.temp<[0,1]x[-1,8]x[0,2053]xi32>
    %div = arith.subi %flx_0, %flx_im1 : i32
    %fly_0 = stencil.access %fly[0, 0, 0] : !stencil.temp<[0,1]x[0,8]x[-1,2053]xi32>
    %div2 = arith.addi %div, %fly_0 : i32
    %fly_jm1 = stencil.access %fly[0, 0, -1] : !stencil.temp<[0,1]x[0,8]x[-1,2053]xi32>
    %div3 = arith.subi %div2, %fly_jm1 : i32
    %in_0 = stencil.access %in[0, 0, 0] : !stencil.temp<[0,1]x[-2,10]x[-2,2055]xi32>
    %update = arith.muli %c7, %div3 : i32
    %out = arith.subi %in_0, %update : i32
    %out_result = stencil.store_result %out : !stencil.result<i32>
    stencil.return %out_result : !stencil.result<i32>
  }
  stencil.store %out_temp to %out_field(<[0, 0, 0], [1, 8, 2053]>) : !stencil.temp<[0,1]x[0,8]x[0,2053]xi32> to !stencil.field<[0,1]x[-2,10]x[-2,2055]xi32>
  func.return
}
