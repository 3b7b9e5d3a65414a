import { z } from 'zod';

// Zod 4 compiles parsers with `new Function` unless told otherwise, which the
// extension's Content Security Policy forbids. Every schema imports `z` from
// here so the switch is thrown before any schema runs, in every context.
z.config({ jitless: true });

export { z };
