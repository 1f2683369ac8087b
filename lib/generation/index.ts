// The generation engine's public surface. Writing starts only through startWriting (engine.ts).

export {
  configuredModelLifecycle,
  deleteDraftStoppingGeneration,
  generationSettled,
  generationsRunning,
  interruptAllGenerations,
  saveGenerationsOnShutdown,
  startWriting,
  stopGeneration,
  type WritingCaller,
  type WritingRequest,
} from './engine';
export { activeHubs, type GenerationHub, type HubEvent } from './hub';
export type { ModelLifecycle } from './models';
export { chooseModel, generationAvailable, MISSING_KEY_MESSAGE, type ModelOption, modelsToOffer, offeredModels } from './providers';
export { startGenerationRecovery, stopGenerationRecovery, takeOverOrphanedGenerations } from './recovery';
export { regenerateMetadata } from './regenerate-metadata';
export { describeModelSetup, type ModelSetting, type ModelTestResult, type ProviderSetup, testModel } from './test-model';
export { openDraftEventStream } from './viewer-stream';
