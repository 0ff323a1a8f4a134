// hubls-run: node {file}; echo 'JSON.stringify({ total: 5n })' | node -i 2>&1
// JSON has no BigInt type, so JSON.stringify refuses BigInt values (e.g. a Prisma BigInt id in res.json).
const user = { id: 9007199254740993n, name: "ada" };
console.log(JSON.stringify(user));
