#!/usr/bin/env node
// Minimal LSP client for the hubls triggers: starts `intelephense --stdio`, opens one PHP file and
// prints every diagnostic the server publishes for it as `line:col [code] message` (1-based), then exits.
// Usage: node run-intelephense.js FILE.php [SERVER]
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");

const file = path.resolve(process.argv[2]);
const server = process.argv[3] || "/opt/hubls-tools/intelephense/node_modules/.bin/intelephense";
const root = path.dirname(file);
const uri = "file://" + file;
const storage = fs.mkdtempSync("/tmp/hubls-intelephense-");

const child = spawn(server, ["--stdio"], { stdio: ["pipe", "pipe", "ignore"] });
let nextId = 1;
let buffer = Buffer.alloc(0);
let settle = null;
let latest = null;
let indexed = false;

function send(message) {
  const body = Buffer.from(JSON.stringify(Object.assign({ jsonrpc: "2.0" }, message)), "utf8");
  child.stdin.write("Content-Length: " + body.length + "\r\n\r\n");
  child.stdin.write(body);
}
function request(method, params) { send({ id: nextId++, method, params }); }
function notify(method, params) { send({ method, params }); }

function finish() {
  const diagnostics = (latest || []).slice().sort((a, b) =>
    a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  for (const d of diagnostics) {
    const code = d.code === undefined ? "" : "[" + d.code + "] ";
    console.log(`${d.range.start.line + 1}:${d.range.start.character + 1} ${code}${d.message}`);
  }
  try { child.kill(); } catch (e) { /* already gone */ }
  fs.rmSync(storage, { recursive: true, force: true });
  process.exit(0);
}

function handle(message) {
  if (process.env.HUBLS_LSP_DEBUG) console.error(JSON.stringify(message).slice(0, 400));
  if (message.method === "textDocument/publishDiagnostics" && message.params.uri === uri) {
    latest = message.params.diagnostics;
    // The first publish (on open) has parse errors only; the semantic ones follow once the workspace
    // and the stubs are indexed. Print after the first publish that follows indexing, once quiet.
    if (indexed) {
      clearTimeout(settle);
      settle = setTimeout(finish, 500);
    }
  } else if (message.method === "indexingEnded") {
    indexed = true;
    clearTimeout(settle);
    settle = setTimeout(finish, 5000);
  } else if (message.id !== undefined && message.method) {
    // Server-to-client requests: configuration, capability registration, progress tokens.
    const result = message.method === "workspace/configuration"
      ? message.params.items.map(() => null) : null;
    send({ id: message.id, result });
  } else if (message.id === 1 && message.result) {
    notify("initialized", {});
    notify("textDocument/didOpen", {
      textDocument: { uri, languageId: "php", version: 1, text: fs.readFileSync(file, "utf8") },
    });
  }
}

child.stdout.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.slice(0, headerEnd).toString())[1]);
    if (buffer.length < headerEnd + 4 + length) return;
    const body = buffer.slice(headerEnd + 4, headerEnd + 4 + length).toString("utf8");
    buffer = buffer.slice(headerEnd + 4 + length);
    handle(JSON.parse(body));
  }
});

setTimeout(() => { console.error("run-intelephense: no diagnostics within 30s"); finish(); }, 30000);

request("initialize", {
  processId: process.pid,
  rootUri: "file://" + root,
  workspaceFolders: [{ uri: "file://" + root, name: "trigger" }],
  capabilities: {
    workspace: { configuration: true, workspaceFolders: true },
    textDocument: { publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] } } },
  },
  initializationOptions: { storagePath: storage, globalStoragePath: storage, clearCache: true },
});
