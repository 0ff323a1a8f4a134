// hubls-run: node {file} 1; node {file} 2; echo "new Array(2 ** 32)" | node -i 2>&1
const variant = process.argv[2];
if (variant === "1") new Array(-1);
else { const pages = Math.ceil(10 / 0); Array.from({ length: 2 }); new Array(pages); }
