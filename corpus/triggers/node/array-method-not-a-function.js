// hubls-run: node {file} 1; node {file} 2; node {file} 3
// The API returned an object (or a string) where the code expected an array.
const variant = process.argv[2];
const response = { data: { users: [] }, names: "a,b" };
if (variant === "1") response.data.filter(Boolean);
else if (variant === "2") response.names.forEach(console.log);
else response.data.map((u) => u.id);
