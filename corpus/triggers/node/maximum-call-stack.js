// hubls-run: node {file}; echo 'const a = {}; a.toJSON = () => ({ self: a }); JSON.stringify(a)' | node -i 2>&1
function countDown(n) {
  return countDown(n - 1);
}
countDown(10);
