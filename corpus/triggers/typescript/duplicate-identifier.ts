// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// The same name declared twice in one scope.
interface Props { id: number }
type Props = { name: string };
class A { x = 1; x = 2; }
export {};
