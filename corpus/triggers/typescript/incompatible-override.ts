// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// A subclass redeclares a member with an incompatible type.
class Animal { name: string = ""; speak(): string { return ""; } }
class Dog extends Animal { name: number = 0; }
class Cat extends Animal { speak(): number { return 1; } }
interface Shape { area(): number }
class Square implements Shape { area(): string { return ""; } }
export {};
