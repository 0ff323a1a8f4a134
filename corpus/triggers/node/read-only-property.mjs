// hubls-run: node {file} 1; node {file} 2; node {file} 3
// ES modules run in strict mode, so writes to frozen objects (frozen config, Immer/Redux state) throw.
const config = Object.freeze({ port: 3000, features: [] });
const state = Object.freeze({ items: Object.freeze(["a"]) });
if (process.argv[2] === "1") config.port = 8080;
else if (process.argv[2] === "2") state.items.push("b");
else config.debug = true;
