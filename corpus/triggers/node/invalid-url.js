// hubls-run: node {file} 1; node {file} 2
// new URL() needs an absolute URL (or a base as second argument).
if (process.argv[2] === "1") new URL("/api/users");
else new URL(process.env.API_URL_THAT_IS_NOT_SET);
