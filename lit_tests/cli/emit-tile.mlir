// `--emit tile` writes the lowered tile program; `sparta-sim` runs it and compares its
// outputs with `--expect` arrays: the reference's pass, wrong ones exit 3.
// DEFINE: %{exits} = %python -c "import subprocess, sys; sys.exit(subprocess.call(sys.argv[2:]) != int(sys.argv[1]))"

// RUN: sparta-compile %s --emit tile -o %t.tile.mlir
// RUN: filecheck %s --input-file %t.tile.mlir --check-prefix=TILE
// RUN: sparta-compile %s --reference --seed 3 --save-outputs %t.expected.npz | filecheck %s --check-prefix=REF
// RUN: sparta-sim %t.tile.mlir --seed 3 --expect %t.expected.npz --no-progress | filecheck %s --check-prefix=SIM
// RUN: %python -c "import numpy as np; np.savez('%t.wrong.npz', arg1=np.full((4, 6, 10), 7, np.int32))"
// RUN: %{exits} 3 sparta-sim %t.tile.mlir --seed 3 --expect %t.wrong.npz --no-progress 2>&1 | filecheck %s --check-prefix=WRONG
// RUN: %{exits} 1 sparta-sim %s 2>&1 | filecheck %s --check-prefix=NOTILE

// TILE-LABEL: tile.program @planes on "vck190"
// TILE:         tile.kernel @r(
// TILE:         tile.core(
// TILE:         tile.transfer mm2s
// TILE:         tile.transfer s2mm
// TILE-NOT:   stencil.apply

// REF: reference (numpy): ran @planes
// REF: outputs written to {{.*}}.expected.npz

// SIM: planes on vck190:
// SIM: check vs {{.*}}.expected.npz: passed (max abs error 0)

// The same seed makes the same arg0, so only arg1 differs. (stdout and stderr interleave
// in any order through the pipe.)
// WRONG-NOT: Traceback
// WRONG-DAG: check vs {{.*}}.wrong.npz: FAILED
// WRONG-DAG: error: outputs differ from {{.*}}.wrong.npz

// NOTILE: error: the module holds no tile.program
func.func @planes(%in: !stencil.field<[0,4]x[-1,5]x[-1,9]xi32>, %out: !stencil.field<[0,4]x[-1,5]x[-1,9]xi32>) {
  %t = stencil.load %in : !stencil.field<[0,4]x[-1,5]x[-1,9]xi32> -> !stencil.temp<[0,4]x[-1,5]x[-1,9]xi32>
  %r = stencil.apply(%x = %t : !stencil.temp<[0,4]x[-1,5]x[-1,9]xi32>) -> (!stencil.temp<[0,4]x[0,4]x[0,8]xi32>) {
    %n = stencil.access %x[0, -1, 0] : !stencil.temp<[0,4]x[-1,5]x[-1,9]xi32>
    %s = stencil.access %x[0, 1, 0] : !stencil.temp<[0,4]x[-1,5]x[-1,9]xi32>
    %w = stencil.access %x[0, 0, -1] : !stencil.temp<[0,4]x[-1,5]x[-1,9]xi32>
    %e = stencil.access %x[0, 0, 1] : !stencil.temp<[0,4]x[-1,5]x[-1,9]xi32>
    %ns = arith.addi %n, %s : i32
    %we = arith.addi %w, %e : i32
    %sum = arith.addi %ns, %we : i32
    stencil.return %sum : i32
  }
  stencil.store %r to %out(<[0, 0, 0], [4, 4, 8]>) : !stencil.temp<[0,4]x[0,4]x[0,8]xi32> to !stencil.field<[0,4]x[-1,5]x[-1,9]xi32>
  func.return
}
