'use client';

import { createContext, useContext } from 'react';
import type { Pricing } from '@/lib/batch/prices';

/** The install's pricing, which the root layout works out on the server (see ModelPricingProvider). */
export const ModelPricingContext = createContext<Pricing>({ localEndpoint: false });

/** Whether this install's OpenAI-compatible endpoint is local: what costOf needs in the browser. */
export function useModelPricing(): Pricing {
  return useContext(ModelPricingContext);
}
