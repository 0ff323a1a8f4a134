// hubls-run: node {file} 1; node {file} 2
const variant = process.argv[2];
if (variant === "1") {
  function connect({ host, port }) { return host + port; }
  connect();
} else {
  const response = { data: null };
  const { items } = response.data;
}
