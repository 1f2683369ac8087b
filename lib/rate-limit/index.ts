export { clientId } from './client-id';
export { type GenerationRefusal, takeGenerationStart } from './generation-limit';
export { guessPassword, loginWaitError } from './login-limit';
export { requestClient } from './request-client';
export { type LimitDecision, SlidingWindow } from './sliding-window';
