import type { ReactNode } from 'react';
import { PROVIDER_NAMES } from '@/components/model-label';
import type { ProviderSetup } from '@/lib/generation';
import { ModelRow } from './model-row';

const Code = ({ children }: { children: ReactNode }) => (
  <code className="rounded bg-stone-100 px-1 font-mono text-[0.85em] dark:bg-stone-800">{children}</code>
);

// What each provider is called and how it is set up, in the words of its settings.
const GUIDE = {
  anthropic: {
    title: 'Anthropic (Claude)',
    setUp: (
      <>
        Set <Code>ANTHROPIC_API_KEY</Code> and restart the app to write with Claude.
      </>
    ),
    modelsFrom: { setting: <Code>ANTHROPIC_MODEL</Code>, endpoint: null },
  },
  openai: {
    title: PROVIDER_NAMES.openai,
    setUp: (
      <>
        Set <Code>OPENAI_BASE_URL</Code> (for Ollama <Code>http://localhost:11434/v1</Code>) and restart the app to write with a model of
        your own: Ollama, LM Studio, llama.cpp, vLLM, OpenRouter…
      </>
    ),
    modelsFrom: { setting: <Code>OPENAI_MODELS</Code>, endpoint: "the endpoint's list (GET /models)" },
  },
} as const;

function Connection({ setup }: { setup: ProviderSetup }) {
  const key = setup.keySet ? 'key set' : 'no key';
  if (setup.provider === 'anthropic')
    return (
      <>
        API: {setup.endpoint ?? "Anthropic's"} · {key}
      </>
    );
  return (
    <>
      Endpoint: <span className="[overflow-wrap:anywhere]">{setup.endpoint}</span> ·{' '}
      {setup.local ? 'on this machine or network, so its models cost nothing' : 'remote: tokens are counted, with no price'} ·{' '}
      {setup.keySet ? key : 'no key (OPENAI_API_KEY; local servers need none)'}
    </>
  );
}

/** One provider on /settings: whether it is set up, where it sends requests (never its key), and its models. */
export function ProviderSection({ setup }: { setup: ProviderSetup }) {
  const guide = GUIDE[setup.provider];
  const headingId = `provider-${setup.provider}`;
  return (
    <section
      aria-labelledby={headingId}
      data-testid="provider-section"
      data-provider={setup.provider}
      className="rounded-lg border border-stone-200 bg-white px-5 py-4 dark:border-stone-800 dark:bg-stone-900"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold">
          {guide.title}
        </h2>
        <span
          className={`rounded-full px-2 py-0.5 text-xs font-medium ${
            setup.configured
              ? 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200'
              : 'bg-stone-200 text-stone-700 dark:bg-stone-800 dark:text-stone-300'
          }`}
        >
          {setup.configured ? 'Set up' : 'Not set up'}
        </span>
      </div>
      {!setup.configured ? (
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">{guide.setUp}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
            <Connection setup={setup} />
          </p>
          <h3 className="mt-3 text-xs font-semibold tracking-wide text-stone-500 uppercase dark:text-stone-400">
            Models <span className="font-normal normal-case">· from {guide.modelsFrom[setup.modelsFrom]}</span>
          </h3>
          {setup.listError && (
            <p role="alert" className="mt-2 text-sm text-rose-700 dark:text-rose-400">
              The endpoint did not list its models. {setup.listError}
            </p>
          )}
          {setup.models.length > 0 ? (
            <ul className="mt-1 divide-y divide-stone-100 dark:divide-stone-800">
              {setup.models.map((model) => (
                <ModelRow key={model.id} model={model} />
              ))}
            </ul>
          ) : (
            !setup.listError && (
              <p className="mt-2 text-sm text-stone-500 dark:text-stone-400">
                None. Pull one (<Code>ollama pull qwen3:8b</Code>) or name them in <Code>OPENAI_MODELS</Code>.
              </p>
            )
          )}
        </>
      )}
    </section>
  );
}
