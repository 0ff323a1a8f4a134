// hubls-run: node {file} 1; node {file} 2; echo "const a = {}; a.me = a; JSON.stringify(a)" | node -i 2>&1
const variant = process.argv[2];
if (variant === "1") {
  const user = { name: "ada" };
  user.self = user;
  JSON.stringify(user);
} else {
  const parent = { name: "root", children: [] };
  const child = { name: "leaf", parent };
  parent.children.push(child);
  JSON.stringify(parent);
}
