#!/usr/bin/env node
import { processIo } from './io.js';
import { runCli } from './main.js';
import { exitWhenIdleOrSoon } from '../wiring/exit.js';

void runCli(process.argv.slice(2), processIo()).then((code) => exitWhenIdleOrSoon(code));
