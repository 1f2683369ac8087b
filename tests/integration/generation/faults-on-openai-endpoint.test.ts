import { describeFaultSuite } from './fault-suite';

// A local model behind an OpenAI-compatible endpoint (Ollama's id style): no prefill, so it continues in a user turn.
describeFaultSuite({ provider: 'openai', model: 'qwen3:8b', takesPrefill: false });
