#!/usr/bin/env node
// The test LRS's front door: checks HTTP Basic auth and forwards to the statement service
// (lrs.js --backend), on 127.0.0.1 only. A test stops and restarts this process to take the
// LRS away and bring it back while the store behind it keeps what it holds.
//
//   node front.js --port N --backend M --key KEY --secret SECRET
//
// Prints "listening PORT" once it accepts connections. Fault modes, set by POST
// /_test/mode/NAME (no credentials needed): ok, lose-reply (the service stores what it is
// sent, then the connection is closed before the answer reaches the client), error (503),
// hang (the connection is accepted and never answered, nothing stored), slow (each request
// waits 3 s before it goes through, then is stored and answered as in ok), forget (statements
// posted are acknowledged with their ids but never stored: an LRS that loses what it said it
// holds; GET /_test/forgotten counts them).
'use strict';
const http = require('http');

const args = {port: 0, backend: 0, key: '', secret: ''};
for (let i = 2; i < process.argv.length; i += 2) {
  const name = process.argv[i].replace(/^--/, '');
  if (!(name in args)) {
    console.error(`front.js: unknown option --${name}`);
    process.exit(2);
  }
  args[name] = process.argv[i + 1];
}
const expected = 'Basic ' + Buffer.from(`${args.key}:${args.secret}`).toString('base64');
const modes = new Set(['ok', 'lose-reply', 'error', 'hang', 'slow', 'forget']);
const SLOW_MS = 3000;
const hanging = [];  // requests held open in hang mode, until the front stops
let mode = 'ok';
let lost = 0;  // answers dropped in lose-reply mode (GET /_test/lost)
// The statements acknowledged and not stored in forget mode, by id (GET /_test/forgotten counts
// them): a client that timed out and sent one again is one statement, not two.
const forgotten = new Set();

const server = http.createServer((req, res) => {
  if (req.url === '/_test/lost') return res.end(String(lost));
  if (req.url === '/_test/forgotten') return res.end(String(forgotten.size));
  const m = req.url.match(/^\/_test\/mode(?:\/([a-z-]+))?$/);
  if (m) {
    if (req.method === 'POST' && modes.has(m[1])) mode = m[1];
    return res.end(mode);
  }
  if (mode === 'hang') return hanging.push(req);
  if (mode === 'slow') return setTimeout(() => forward(req, res, false), SLOW_MS);
  if (mode === 'error') {
    res.writeHead(503, {'Content-Type': 'application/json'});
    return res.end(JSON.stringify({message: 'The test LRS is in its error mode.'}));
  }
  if (mode === 'forget' && req.method === 'POST' && /\/statements(\?|$)/.test(req.url)) return forget(req, res);
  forward(req, res, mode === 'lose-reply');
});

// Acknowledges the statements posted, with their ids, as a store that holds them would, and
// keeps none of them.
function forget(req, res) {
  if (req.headers.authorization !== expected) {
    res.writeHead(401, {'Content-Type': 'application/json'});
    return res.end(JSON.stringify({message: 'Unauthorised: the key or secret is wrong.'}));
  }
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    let list;
    try {
      list = JSON.parse(body);
    } catch (e) {
      res.writeHead(400, {'Content-Type': 'application/json'});
      return res.end(JSON.stringify({message: 'Not JSON.'}));
    }
    if (!Array.isArray(list)) list = [list];
    for (const s of list) forgotten.add(s && s.id);
    res.writeHead(200, {'Content-Type': 'application/json'});
    res.end(JSON.stringify(list.map((s) => s.id)));
  });
}

// To the statement service, when the credentials are right.
function forward(req, res, lose) {
  if (req.headers.authorization !== expected) {
    res.writeHead(401, {'Content-Type': 'application/json'});
    return res.end(JSON.stringify({message: 'Unauthorised: the key or secret is wrong.'}));
  }
  const upstream = http.request({host: '127.0.0.1', port: Number(args.backend), path: req.url, method: req.method,
                                 headers: req.headers}, (up) => {
    if (lose) {
      lost += 1;
      up.resume();
      up.on('end', () => req.socket.destroy());
      return;
    }
    res.writeHead(up.statusCode, up.headers);
    up.pipe(res);
  });
  upstream.on('error', () => req.socket.destroy());
  req.pipe(upstream);
}
server.listen(Number(args.port), '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
const stop = () => {
  server.close(() => process.exit(0));
  server.closeAllConnections && server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
