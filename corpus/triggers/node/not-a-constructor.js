// hubls-run: node {file} 1; node {file} 2
const variant = process.argv[2];
if (variant === "1") {
  const createClient = () => ({});
  const client = new createClient();
} else {
  const lib = { Client: undefined, default: class {} };
  const c = new lib.Client();
}
