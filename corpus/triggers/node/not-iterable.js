// hubls-run: node {file} 1; node {file} 2
const variant = process.argv[2];
if (variant === "1") {
  const response = { data: { items: 3 } };
  for (const item of response.data) console.log(item);
} else {
  const [first, second] = undefined;
}
