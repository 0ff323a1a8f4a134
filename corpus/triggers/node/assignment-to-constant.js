// hubls-run: node {file} 1; node {file} 2; echo "const retries = 1; retries = 2" | node -i 2>&1
const variant = process.argv[2];
if (variant === "1") {
  const count = 0;
  count += 1;
} else {
  const items = [];
  items = ["a"];
}
