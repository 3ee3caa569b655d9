// AI Engine cores have no fp64: sparta-compile refuses f64 programs with the location of
// the first op computing in f64 and the hint, and compiles them in f32 when asked.
// DEFINE: %{exits} = %python -c "import subprocess, sys; sys.exit(subprocess.call(sys.argv[2:]) != int(sys.argv[1]))"

// RUN: %{exits} 1 sparta-compile %s --simulate --no-progress 2>&1 | filecheck %s --check-prefix=REFUSED
// RUN: sparta-compile %s --demote-f64 --simulate --check --no-progress | filecheck %s
// RUN: sparta-compile %s --demote-f64 --emit stencil | filecheck %s --check-prefix=STENCIL

// REFUSED-NOT: Traceback
// REFUSED: {{.*}}demote-f64.mlir:[[# @LINE + 12]]:5: error: 'arith.extf' computes in f64, which AI Engine cores cannot (no fp64 units); rerun with --demote-f64 to compile the program in f32

// CHECK: check vs numpy: passed

// STENCIL: func.func @scale(%in: !stencil.field<[0,8]xf32>, %out: !stencil.field<[0,8]xf32>)
// STENCIL: arith.constant 1.500000e+00 : f32
// STENCIL: arith.mulf %{{.*}}, %{{.*}} : f32

func.func @scale(%in: !stencil.field<[0,8]xf32>, %out: !stencil.field<[0,8]xf32>) {
  %t = stencil.load %in : !stencil.field<[0,8]xf32> -> !stencil.temp<[0,8]xf32>
  %r = stencil.apply(%x = %t : !stencil.temp<[0,8]xf32>) -> (!stencil.temp<[0,8]xf32>) {
    %v = stencil.access %x[0] : !stencil.temp<[0,8]xf32>
    %wide = arith.extf %v : f32 to f64
    %k = arith.constant 1.500000e+00 : f64
    %p = arith.mulf %wide, %k : f64
    %n = arith.truncf %p : f64 to f32
    stencil.return %n : f32
  }
  stencil.store %r to %out(<[0], [8]>) : !stencil.temp<[0,8]xf32> to !stencil.field<[0,8]xf32>
  func.return
}
