// hubls-run: d=/tmp/hubls-react-18; test -d $d/node_modules/@babel/parser || npm i -q --prefix $d react@18 @types/react@18 @babel/parser@7 >/dev/null 2>&1; ln -s $d/node_modules node_modules; tsc --noEmit --strict --jsx react-jsx {file}; cp {file} nojsx.tsx; tsc --noEmit --strict nojsx.tsx; node -e "require('@babel/parser').parse(require('fs').readFileSync('{file}', 'utf8'), { sourceType: 'module', plugins: ['jsx', 'typescript'] })" 2>&1 | grep SyntaxError
// Needs @types/react 18 and @babel/parser 7 (installed under /tmp/hubls-react-18 by the run line).
// Two sibling JSX elements returned without a wrapper; then the same file compiled without --jsx.
export function Header({ title }: { title: string }) {
  return (
    <h1>{title}</h1>
    <p>subtitle</p>
  );
}
