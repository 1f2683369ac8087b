'use client';

import type { ReactNode } from 'react';
import { ModelPricingContext } from '@/hooks/use-model-pricing';
import type { Pricing } from '@/lib/batch/prices';

/** Hands the server's pricing (a flag, never the endpoint's address or key) to the costs shown in the browser. */
export function ModelPricingProvider({ pricing, children }: { pricing: Pricing; children: ReactNode }) {
  return <ModelPricingContext value={pricing}>{children}</ModelPricingContext>;
}
