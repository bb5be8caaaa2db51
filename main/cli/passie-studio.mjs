#!/usr/bin/env node
// The `passie-studio` command. tsx compiles the TypeScript sources on load, so the command works straight
// after `npm install` without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../passie-studio.ts');
