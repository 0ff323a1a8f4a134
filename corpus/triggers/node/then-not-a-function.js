// hubls-run: node {file} 1; node {file} 2
const variant = process.argv[2];
function loadConfig() { return { port: 3000 }; }
if (variant === "1") loadConfig().then(console.log);
else { const result = 42; result.then(console.log); }
