// hubls-run: node {file}; echo 'const rows = [{ count: 10n }]; rows[0].count * 2' | node -i 2>&1
// Database drivers return BIGINT/COUNT columns as BigInt; mixing them with numbers throws.
const id = 10n;
console.log(id + 1);
