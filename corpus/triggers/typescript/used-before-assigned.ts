// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// let variables read on a path where they were never assigned.
function parse(input: string) {
  let value: number;
  if (input) value = Number(input);
  return value;
}
function pick(flag: boolean) { let label: string; if (flag) label = "yes"; console.log(label); }
export {};
