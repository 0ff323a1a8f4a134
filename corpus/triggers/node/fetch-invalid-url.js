// hubls-run: node {file} /api/users; node {file} "api/users?page=2"
// A relative URL works in the browser (relative to the page) but Node has no base URL.
fetch(process.argv[2]).then((r) => r.json());
