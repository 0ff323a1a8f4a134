// hubls-run: node {file}; echo "eval(\"if (ready) {\")" | node -i 2>&1
function main() {
  if (process.env.DEBUG) {
    console.log("debug");
  }
