import * as z from 'zod';

// zod probes for `new Function` when it builds its first object schema; the CSP forbids eval, so the probe would
// only log a violation. Schemas are built while modules load, so this module must be main.tsx's first import.
z.config({ jitless: true });
