// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// hubls-tool: ts
interface Props { onClose?: () => void; onSave: (() => void) | null }
export function run(p: Props) {
  p.onClose();
  p.onSave();
}
