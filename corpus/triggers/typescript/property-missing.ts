// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// Object literals that leave out required properties.
interface User { name: string; age: number }
const u: User = { name: "ada" };
interface Props { title: string; onClose: () => void }
function open(p: Props) {}
open({ title: "Settings" });
export {};
