export { clientId } from './client-id';
export { type GenerationRefusal, takeGenerationStart } from './generation-limit';
export { loginLockoutMessage, recordLoginFailure } from './login-limit';
export { type LimitDecision, SlidingWindow } from './sliding-window';
