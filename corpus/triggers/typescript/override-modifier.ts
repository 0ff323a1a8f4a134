// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 --noImplicitOverride {file}
// hubls-tool: ts
class Base { save(): void {} load(): void {} }
export class Child extends Base { save(): void {} load(): void {} }
