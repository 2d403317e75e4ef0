import { z } from 'zod';

// zod compiles fast parsers with `new Function` when it may, and probes for that as each object
// schema is built. `script-src 'self'` (no 'unsafe-eval') refuses it, and even the caught probe is
// reported as a CSP violation. main.tsx imports this module first, before any schema exists.
z.config({ jitless: true });
