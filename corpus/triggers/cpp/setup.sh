#!/bin/bash
# Installs the tools the cpp triggers run: gcc/g++ (GNU wording) and clang-19/clangd-19 (LLVM wording).
# Idempotent; Debian 12 (bookworm). clang-19 comes from bookworm/main (1:19.1.7-3~deb12u1).
set -euo pipefail
need=()
command -v gcc >/dev/null || need+=(gcc)
command -v g++ >/dev/null || need+=(g++)
[ -x /usr/bin/clang-19 ] || need+=(clang-19)
[ -x /usr/bin/clangd-19 ] || need+=(clangd-19)
# lld-19: ld.lld's wording of link errors; llvm-19: llvm-symbolizer, so sanitizer reports name file:line
[ -x /usr/bin/ld.lld-19 ] || need+=(lld-19)
[ -x /usr/lib/llvm-19/bin/llvm-symbolizer ] || need+=(llvm-19)
# libclang-rt-19-dev: the sanitizer runtimes for -fsanitize=address,undefined with clang-19
dpkg -s libclang-rt-19-dev >/dev/null 2>&1 || need+=(libclang-rt-19-dev)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" libc6-dev libstdc++-12-dev
fi
clang-19 --version | head -1
clangd-19 --version | head -1
