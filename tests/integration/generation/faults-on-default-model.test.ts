import { describeFaultSuite } from './fault-suite';

// The default model: like every Claude model since 4.6, it refuses an assistant prefill.
describeFaultSuite({ provider: 'anthropic', model: 'claude-sonnet-5-5', takesPrefill: false });
