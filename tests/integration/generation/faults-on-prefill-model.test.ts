import { describeFaultSuite } from './fault-suite';

// A 4.5 model still served: it takes an assistant prefill, so its seams are exact.
describeFaultSuite({ provider: 'anthropic', model: 'claude-haiku-4-5', takesPrefill: true });
