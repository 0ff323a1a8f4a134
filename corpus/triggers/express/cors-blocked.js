// hubls-run: command -v chromium >/dev/null || apt-get install -y -q chromium >/dev/null 2>&1; node {file}
// Needs chromium (Debian package `chromium`). A page on one origin calls an API on another origin that
// sends no CORS headers (simple GET, then a JSON POST that needs a preflight), and one that answers
// "Access-Control-Allow-Origin: *" to a request made with credentials. Chromium prints the console errors.
const http = require("http");
const { execFile } = require("child_process");

const api = http.createServer((req, res) => {
  if (req.url.startsWith("/wildcard")) {
    res.setHeader("Access-Control-Allow-Origin", "*");
  }
  res.setHeader("Content-Type", "application/json");
  res.end('{"ok":true}');
});

const page = http.createServer((req, res) => {
  const apiBase = `http://localhost:${api.address().port}`;
  res.setHeader("Content-Type", "text/html");
  res.end(`<!doctype html><script>
    fetch("${apiBase}/api/users").catch(() => {});
    fetch("${apiBase}/api/orders", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" }).catch(() => {});
    fetch("${apiBase}/wildcard/profile", { credentials: "include" }).catch(() => {});
    const xhr = new XMLHttpRequest();
    xhr.open("GET", "${apiBase}/wildcard/cart");
    xhr.withCredentials = true;
    xhr.send();
  </script>`);
});

api.listen(38071, "127.0.0.1", () => {
  page.listen(38072, "127.0.0.1", () => {
    execFile(
      "chromium",
      ["--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
       "--virtual-time-budget=3000", "--dump-dom", "http://127.0.0.1:38072/"],
      { timeout: 60_000 },
      (err, stdout, stderr) => {
        for (const line of stderr.split("\n")) {
          const m = line.match(/CONSOLE.*?\] "(.*)", source/);
          if (m) console.log(m[1]);
        }
        api.close();
        page.close();
      },
    );
  });
});
