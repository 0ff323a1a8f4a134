// hubls-run: node {file} 1; node {file} 2
const variant = process.argv[2];
if (variant === "1") {
  const state = {};
  state.user.name = "ada";
} else {
  const found = [].find(() => true) ?? null;
  found.count = 1;
}
