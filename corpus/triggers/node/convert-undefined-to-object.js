// hubls-run: node {file} 1; node {file} 2; echo "Object.keys(undefined)" | node -i 2>&1
const variant = process.argv[2];
if (variant === "1") Object.keys(undefined);
else Object.entries(null);
