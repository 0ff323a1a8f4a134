// hubls-run: node {file} 1; node {file} 2
// Reads a property of a value that is undefined (missing config key) or null (no match).
const variant = process.argv[2];
if (variant === "1") {
  const config = { db: { host: "localhost" } };
  console.log(config.cache.ttl);
} else {
  const match = "no digits here".match(/\d+/);
  console.log(match.index);
}
