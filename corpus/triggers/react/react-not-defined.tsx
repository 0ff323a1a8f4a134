// hubls-run: d=/tmp/hubls-react-18; test -d $d/node_modules/@types/react || npm i -q --prefix $d react@18 react-dom@18 @types/react@18 @types/react-dom@18 >/dev/null 2>&1; ln -s $d/node_modules node_modules; tsc --strict --jsx react --module commonjs --esModuleInterop --outDir out {file}; node -e "require('./out/react-not-defined.js')"; cat out/react-not-defined.js | node -i 2>&1 | grep Uncaught
// Needs react 18 and @types/react (installed under /tmp/hubls-react-18 by the run line).
// The classic JSX transform (--jsx react) turns <p> into React.createElement, but React is not imported.
import { renderToString } from 'react-dom/server';

export function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

console.log(renderToString(<Greeting name="Ada" />));
