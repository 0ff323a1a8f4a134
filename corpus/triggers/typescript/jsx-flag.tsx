// hubls-run: /opt/hubls-tools/typescript/node_modules/.bin/tsc --noEmit --strict --target es2022 {file}
// A .tsx file compiled without the jsx option.
export const Hello = () => <p>Hello</p>;
export const List = () => <ul />;
