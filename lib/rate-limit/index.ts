export { clientId } from './client-id';
export { type GenerationRefusal, takeGenerationStart } from './generation-limit';
export { guessAccountPassword, guessPassword, type LoginWait, loginWaitError, type PasswordGuess } from './login-limit';
export { requestClient } from './request-client';
export { type LimitDecision, SlidingWindow } from './sliding-window';
