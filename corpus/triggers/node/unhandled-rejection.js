// hubls-run: node {file} 1; node {file} 2
// A promise rejected with a non-Error value and nobody handled it.
const variant = process.argv[2];
if (variant === "1") Promise.reject("token expired");
else {
  async function load() { throw { status: 404 }; }
  load();
}
