// hubls-run: printf '{"type": "commonjs"}\n' > package.json && node {file}; printf 'export default function main() {}\n' > entry.cjs && node entry.cjs; echo 'vm.runInThisContext("export const a = 1")' | node -i 2>&1
export const answer = 42;
