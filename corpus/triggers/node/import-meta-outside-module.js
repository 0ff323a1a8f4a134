// hubls-run: printf '{"type": "commonjs"}\n' > package.json && node {file}; printf 'console.log(import.meta.dirname);\n' > paths.cjs && node paths.cjs
const here = new URL(".", import.meta.url);
console.log(here);
