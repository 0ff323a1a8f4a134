// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// hubls-tool: ts
interface Repository { find(id: number): string; save(v: string): void }
interface Logger { log(msg: string): void; level: string }
export class UserRepo implements Repository { find(id: number) { return String(id); } }
export class ConsoleLogger implements Logger { log(msg: string) { console.log(msg); } }
