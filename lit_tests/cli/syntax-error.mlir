// A syntax error is bad input: `FILE:LINE:COL: error:` on stderr, exit code 1, no
// traceback, from every tool that reads MLIR.
// DEFINE: %{exits} = %python -c "import subprocess, sys; sys.exit(subprocess.call(sys.argv[2:]) != int(sys.argv[1]))"

// RUN: %{exits} 1 sparta-compile %s --simulate 2>&1 | filecheck %s
// RUN: %{exits} 1 sparta-sim %s 2>&1 | filecheck %s
// RUN: %{exits} 1 sparta-opt %s 2>&1 | filecheck %s

// CHECK-NOT: Traceback
// CHECK: {{.*}}syntax-error.mlir:[[# @LINE + 3]]:23: error: operand expected
// CHECK-NOT: Traceback
func.func @f(%a: i32) {
  %b = arith.addi %a, : i32
  func.return
}
