// hubls-run: node {file} 1; node {file} 2
const variant = process.argv[2];
if (variant === "1") {
  console.log(total);
  let total = 1;
} else {
  const service = new Service();
  class Service {}
}
