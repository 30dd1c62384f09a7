#!/usr/bin/env node
// A real learning record store for Mingle's tests: Learning Locker's statement service
// (npm xapi-statements, in memory mode), run in this process so that it listens on 127.0.0.1
// only, behind a front that checks HTTP Basic auth (the service accepts any credentials in
// this mode) and that a test can switch into a fault mode to play a broken network:
//
//   node lrs.js --key KEY --secret SECRET [--port N] [--storage DIR]
//   node lrs.js --backend 1 [--port N] [--storage DIR]   the service alone, for front.js
//
// Prints "listening PORT" on stdout once it accepts connections (port 0, the default, picks a
// free one). Stop it with SIGTERM. Fault modes, set by POST /_test/mode/NAME:
//   ok          requests go through (the start)
//   down        every request's connection is closed with no answer, as if the LRS were gone
//   lose-reply  the LRS stores what it is sent, then the connection is closed before the answer
//               reaches the client (what a timeout looks like from the sender's side)
//   error       503 for every request
// GET /_test/mode says the mode; /_test/* needs no credentials.
'use strict';
const path = require('path');
const os = require('os');
const fs = require('fs');

const args = {port: 0, key: '', secret: '', storage: '', backend: ''};
for (let i = 2; i < process.argv.length; i += 2) {
  const name = process.argv[i].replace(/^--/, '');
  if (!(name in args)) {
    console.error(`lrs.js: unknown option --${name}`);
    process.exit(2);
  }
  args[name] = process.argv[i + 1];
}
if (!args.backend && (!args.key || !args.secret)) {
  console.error('lrs.js: give --key and --secret');
  process.exit(2);
}
const storage = args.storage || fs.mkdtempSync(path.join(os.tmpdir(), 'mingle-lrs-'));
fs.mkdirSync(storage, {recursive: true});

// The service reads its configuration from the environment when first required.
Object.assign(process.env, {
  AUTH_REPO: 'test',
  MODELS_REPO: 'memory',
  STORAGE_REPO: 'local',
  EVENTS_REPO: 'test',
  FS_LOCAL_STORAGE_DIR: storage,
  EXPRESS_MORGAN_DIRECTORY: path.join(storage, 'accessLogs'),
  WINSTON_CONSOLE_LEVEL: process.env.WINSTON_CONSOLE_LEVEL || 'error',
  SERVICE_AWAIT_UPDATES: 'true',
});

const dist = path.join(path.dirname(require.resolve('xapi-statements/package.json')), 'dist');
const express = require('express');
const translatorFactory = require(path.join(dist, 'translatorFactory')).default;
const serviceFactory = require(path.join(dist, 'serviceFactory')).default;
const expressPresenter = require(path.join(dist, 'expressPresenter')).default;
const config = require(path.join(dist, 'config')).default;
const constants = require(path.join(dist, 'utils/constants'));
const logger = require(path.join(dist, 'logger')).default;
const tracker = require(path.join(dist, 'tracker')).default;

const presenter = expressPresenter({
  llClientInfoEndpoint: config.llClientInfoEndpoint,
  customRoute: config.express.customRoute,
  customRouteText: config.express.customRouteText,
  morganDirectory: config.express.morganDirectory,
  bodyParserLimit: config.express.bodyParserLimit,
  service: serviceFactory(),
  tracker,
  translator: translatorFactory(),
  logger,
});

let mode = 'ok';
const modes = new Set(['ok', 'down', 'lose-reply', 'error']);
const expected = 'Basic ' + Buffer.from(`${args.key}:${args.secret}`).toString('base64');

const app = express();
app.get('/_test/mode', (req, res) => res.send(mode));
app.post('/_test/mode/:name', (req, res) => {
  if (!modes.has(req.params.name)) return res.status(400).send('no such mode');
  mode = req.params.name;
  res.send(mode);
});
app.use((req, res, next) => {
  if (args.backend) return next();  // behind front.js, which checks the credentials
  if (mode === 'down') return req.socket.destroy();
  if (mode === 'error') return res.status(503).json({message: 'The test LRS is in its error mode.'});
  if (req.headers.authorization !== expected)
    return res.status(401).json({message: 'Unauthorised: the key or secret is wrong.'});
  if (mode === 'lose-reply') {
    // Let the service do its work, then drop the answer on the floor.
    res.writeHead = () => res;
    res.write = () => true;
    res.end = () => { req.socket.destroy(); return res; };
  }
  next();
});
app.use(constants.aboutRoute, presenter.aboutRouter);
app.use(constants.fullActivitiesRoute, presenter.fullActivitiesRouter);
app.use(constants.statementsRoute, presenter.statementsRouter);

const server = app.listen(Number(args.port), '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
