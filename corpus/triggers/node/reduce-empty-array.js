// hubls-run: node {file}; echo '[].reduce((a, b) => a + b)' | node -i 2>&1
const orders = [];
const total = orders.map((o) => o.amount).reduce((sum, amount) => sum + amount);
console.log(total);
