// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 --noImplicitReturns {file}
// Functions with a declared return type that do not return on every path.
function grade(score: number): string {
  if (score > 90) return "A";
  else if (score > 50) return "B";
}
function parse(s: string): number {}
function find(xs: number[]) { for (const x of xs) { if (x > 1) return x; } }
export {};
