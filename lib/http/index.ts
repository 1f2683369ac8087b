import 'server-only';

// How route handlers and actions read requests and answer: parse with zod, refuse cross-site changes, map errors.
export { assertMutationAllowed, parseWith, readJson } from './requests';
export { errorResponse, handle } from './responses';
export { malformedTextProblem } from './well-formed-text';
