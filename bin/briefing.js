#!/usr/bin/env node
// The compiled CLI lives in dist/ (built by `npm run build`, which `make` runs).
import { main } from '../dist/pipeline/cli.js'

process.exitCode = await main(process.argv.slice(2))
