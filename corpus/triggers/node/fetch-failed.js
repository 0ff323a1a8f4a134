// hubls-run: node {file} http://127.0.0.1:38021/api; node {file} http://api.internal.invalid/users
// fetch() rejects with a generic "fetch failed"; the real reason is in err.cause.
fetch(process.argv[2]).then((r) => r.json());
