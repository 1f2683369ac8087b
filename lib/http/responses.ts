import 'server-only';
import { describeDatabaseError } from '@/lib/db/errors';
import { AppError, isAppError } from '@/lib/errors';

export function errorResponse(error: unknown): Response {
  if (isAppError(error)) return error.toResponse();
  const storage = describeDatabaseError(error);
  if (storage) {
    console.error('The database refused a request', error);
    return storage.toResponse();
  }
  // Anything unexpected is logged in full here and shown to the person as a short, actionable line.
  console.error('Unexpected error while handling a request', error);
  const fallback = new AppError(
    'internal_error',
    'Something went wrong on the server. Try again; if it keeps failing, check the server log.',
  );
  return fallback.toResponse();
}

type RouteContext<P> = { params: Promise<P> };

/** Wraps a route handler so every failure leaves in the contract's error shape, never as a stack trace. */
export function handle<P = Record<string, never>>(handler: (request: Request, context: RouteContext<P>) => Promise<Response>) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
