export { clientId, type GenerationRefusal, generationStartRefusal, limitGenerationStart, takeGenerationStart } from './generation-limit';
export { type LimitDecision, SlidingWindow } from './sliding-window';
