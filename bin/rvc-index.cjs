#!/usr/bin/env node
// The `rvc-index` command: the bundled CLI (run `npm run build` first).
require('../out/cli.cjs');
