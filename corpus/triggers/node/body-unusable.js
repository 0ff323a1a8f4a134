// hubls-run: node {file}
// The response body is read twice: once to log it as text, then again as JSON.
const http = require("http");
const server = http.createServer((req, res) => res.end('{"id":1}'));
server.listen(0, async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  const res = await fetch(url);
  console.log(await res.text());
  try { await res.json(); } catch (err) { console.error(`${err.name}: ${err.message}`); }
  const res2 = await fetch(url);
  await res2.json();
  server.close();
  await res2.clone();
});
