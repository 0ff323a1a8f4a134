// hubls-run: node {file}; printf "function load() {\n  const r = await fetch(\"/x\");\n}\n" > load.mjs && node load.mjs
function loadUser(id) {
  const user = await fetch("http://localhost/users/" + id);
  return user;
}
