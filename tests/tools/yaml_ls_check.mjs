// Opens YAML files in the real YAML language server (the one VS Code's YAML extension runs) and
// prints the diagnostics it publishes for each, as JSON: {"file": [messages...]}. The files'
// own first lines name their schemas (# yaml-language-server: $schema=...), as an editor sees
// them. Usage: node yaml_ls_check.mjs FILE...
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const files = process.argv.slice(2).map((f) => resolve(f));
const server = spawn(process.execPath, [join(here, "node_modules/yaml-language-server/bin/yaml-language-server"), "--stdio"],
                     { stdio: ["pipe", "pipe", "inherit"] });
let buffer = Buffer.alloc(0);
let nextId = 1;
const pending = new Map();
const diagnostics = new Map();

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}
function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((ok) => pending.set(id, ok));
}
server.stdout.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf("\r\n\r\n");
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
    if (buffer.length < end + 4 + length) return;
    const msg = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString("utf8"));
    buffer = buffer.subarray(end + 4 + length);
    if (msg.id !== undefined && pending.has(msg.id)) { pending.get(msg.id)(msg.result); pending.delete(msg.id); }
    else if (msg.id !== undefined && msg.method) {
      // The server asks for its settings: validation on, nothing else configured.
      send({ id: msg.id, result: (msg.params?.items ?? []).map(() => ({ validate: true, schemaStore: { enable: false } })) });
    } else if (msg.method === "textDocument/publishDiagnostics") {
      diagnostics.set(fileURLToPath(msg.params.uri), msg.params.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`));
    }
  }
});

await request("initialize", { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
send({ method: "initialized", params: {} });
send({ method: "workspace/didChangeConfiguration", params: { settings: { yaml: { validate: true, schemaStore: { enable: false } } } } });
for (const f of files)
  send({ method: "textDocument/didOpen", params: { textDocument: { uri: pathToFileURL(f).href, languageId: "yaml", version: 1, text: readFileSync(f, "utf8") } } });
const deadline = Date.now() + 20000;
while (diagnostics.size < files.length && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 100));
await new Promise((ok) => setTimeout(ok, 1000));  // a later, fuller report may follow the first
const out = {};
for (const f of files) out[f] = diagnostics.get(f) ?? null;
console.log(JSON.stringify(out, null, 1));
server.kill();
process.exit(0);
