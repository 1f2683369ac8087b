export { clientId } from './client-id';
export { type GenerationRefusal, generationStartRefusal, limitGenerationStart, takeGenerationStart } from './generation-limit';
export { loginLockoutMessage, recordLoginFailure } from './login-limit';
export { type LimitDecision, SlidingWindow } from './sliding-window';
