// hubls-run: su nobody -s /bin/sh -c 'node {file} write'; su nobody -s /bin/sh -c 'node {file} listen'; node {file} spawn
// Runs as an unprivileged user: writing under /etc and binding port 80 need root; a script without the execute bit cannot be spawned.
const fs = require("fs");
const http = require("http");
const { execFileSync } = require("child_process");
const mode = process.argv[2];
if (mode === "write") fs.writeFileSync("/etc/app.conf", "port=80\n");
else if (mode === "listen") http.createServer().listen(80);
else {
  fs.writeFileSync("deploy.sh", "#!/bin/sh\necho hi\n", { mode: 0o644 });
  execFileSync("./deploy.sh");
}
