// Node 22.18+/24 run .ts files by stripping types; syntax that needs code generation is refused.
// hubls-run: /opt/hubls-tools/node24/node_modules/.bin/node {file}; printf 'namespace Billing {\n  export const rate = 0.2;\n}\nconsole.log(Billing.rate);\n' > billing.ts && /opt/hubls-tools/node22/node_modules/.bin/node billing.ts
enum Color { Red, Green }
console.log(Color.Red);
