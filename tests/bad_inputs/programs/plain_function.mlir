func.func @add(%a: i32, %b: i32) -> i32 {
  %s = arith.addi %a, %b : i32
  func.return %s : i32
}
