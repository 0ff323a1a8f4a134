// hubls-run: node {file} 1; node {file} 2
// A plain string (or a value already parsed, turned into "[object Object]") passed to JSON.parse.
const variant = process.argv[2];
if (variant === "1") JSON.parse("hello world");
else JSON.parse("undefined");
