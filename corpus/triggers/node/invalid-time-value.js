// hubls-run: node {file} 1; node {file} 2; echo "new Date(\"31/12/2024\").toISOString()" | node -i 2>&1
const variant = process.argv[2];
if (variant === "1") new Date("not a date").toISOString();
else new Intl.DateTimeFormat("en").format(new Date("2024-13-45"));
