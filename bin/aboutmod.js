#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm ci` (the prepare script); this file only loads it.
import '../dist/cli/main.js';
