import { z } from 'zod';

// The Content-Security-Policy forbids eval: without this, zod's first parse probes `new Function`, which the
// browser reports as a CSP violation even though zod catches the error and falls back.
z.config({ jitless: true });
