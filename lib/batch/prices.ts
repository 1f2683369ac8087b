import { type ModelChoice, type ProviderId, parseModelId } from '@/lib/drafts/model-choice';

/** US dollars per million tokens. */
export type ModelPrice = { input: number; output: number };

/**
 * What a price depends on besides the model: whether OPENAI_BASE_URL runs on this machine or a private network
 * (its models then cost nothing). The server works it out (`pricingFor`); the browser gets only this flag.
 */
export type Pricing = { localEndpoint: boolean };

const NO_LOCAL_ENDPOINT: Pricing = { localEndpoint: false };

const FREE: ModelPrice = { input: 0, output: 0 };

// Anthropic's published list prices (platform.claude.com "Models & pricing", checked 2026-11). Update here
// when a model is added or repriced; a model missing from the table shows tokens without a cost.
export const MODEL_PRICES: Readonly<Record<string, ModelPrice>> = {
  'claude-opus-5-5': { input: 4, output: 20 },
  'claude-opus-5': { input: 5, output: 25 },
  'claude-sonnet-5-5': { input: 2, output: 10 },
  'claude-sonnet-5': { input: 2, output: 10 },
  'claude-opus-4-6': { input: 5, output: 25 },
  'claude-opus-4-5': { input: 5, output: 25 },
  'claude-opus-4-1': { input: 15, output: 75 },
  'claude-opus-4-0': { input: 15, output: 75 },
  'claude-sonnet-4-6': { input: 3, output: 15 },
  'claude-sonnet-4-5': { input: 3, output: 15 },
  'claude-sonnet-4-0': { input: 3, output: 15 },
  'claude-haiku-4-5': { input: 1, output: 5 },
  'claude-3-5-haiku': { input: 0.8, output: 4 },
};

// Names that no public DNS answers: Docker's host.docker.internal, mDNS `.local`, a home router's `.lan`, and a
// single label such as a Compose service (`http://ollama:11434/v1`).
const PRIVATE_NAME = /(^|\.)(localhost|local|lan|internal|home\.arpa)$/;

function privateIPv4(address: string): boolean {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) return false;
  const [a = -1, b = -1] = parts;
  return (
    a === 127 || // loopback
    a === 10 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) || // link-local
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT, where Tailscale puts a home machine
    a === 0
  );
}

function privateIPv6(address: string): boolean {
  if (address === '::1' || address === '::') return true;
  // IPv4-mapped, as the URL parser writes it: ::ffff:7f00:1 is 127.0.0.1.
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(address);
  if (mapped) {
    const [high, low] = [Number.parseInt(mapped[1] ?? '', 16), Number.parseInt(mapped[2] ?? '', 16)];
    return privateIPv4([high >> 8, high & 255, low >> 8, low & 255].join('.'));
  }
  // fc00::/7 (unique local) and fe80::/10 (link-local).
  return /^f[cd][0-9a-f]{0,2}:/.test(address) || /^fe[89ab][0-9a-f]?:/.test(address);
}

/** Whether an endpoint URL is on loopback, a private network or a name only a local network resolves. */
export function isLocalEndpoint(baseUrl: string | undefined): boolean {
  if (!baseUrl) return false;
  let hostname: string;
  try {
    hostname = new URL(baseUrl).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (hostname.startsWith('[')) return privateIPv6(hostname.slice(1, -1));
  if (/^[\d.]+$/.test(hostname)) return privateIPv4(hostname);
  return !hostname.includes('.') || PRIVATE_NAME.test(hostname);
}

/** The pricing of this install, from its OPENAI_BASE_URL (read on the server). */
export function pricingFor(openaiBaseUrl: string | undefined): Pricing {
  return { localEndpoint: isLocalEndpoint(openaiBaseUrl) };
}

/**
 * The price of a model: Claude's from the table (a dated snapshot, `claude-sonnet-4-5-20250929`, as its alias);
 * nothing for any model of a local endpoint; none known (tokens only) for any other. A string is a model as a
 * draft stores it (`claude-…` or `openai:qwen3:8b`).
 */
export function priceOf(model: string | ModelChoice, pricing: Pricing = NO_LOCAL_ENDPOINT): ModelPrice | undefined {
  const choice = typeof model === 'string' ? parseModelId(model) : model;
  if (choice.provider === 'openai') return pricing.localEndpoint ? FREE : undefined;
  return MODEL_PRICES[choice.model] ?? MODEL_PRICES[choice.model.replace(/-\d{8}$/, '')];
}

/** Dollars for a generation's tokens, or undefined when its model has no price (show the tokens alone). */
export function costOf(
  usage: { provider?: ProviderId; model: string; inputTokens: number; outputTokens: number },
  pricing: Pricing = NO_LOCAL_ENDPOINT,
): number | undefined {
  const price = priceOf(usage.provider ? { provider: usage.provider, model: usage.model } : usage.model, pricing);
  if (!price) return undefined;
  return (usage.inputTokens * price.input + usage.outputTokens * price.output) / 1_000_000;
}
