import type { Stripe } from "@arco/payments";

import type { OrgScope, ServiceContext } from "../context";
import { ServiceError } from "../errors";
import { allows } from "../roles";

/**
 * Billing is the organization's own business: owners and admins only, never agency staff working
 * in the organization. (Staff acting as an owner see what the owner sees; the API's deny-list
 * refuses them every change.)
 */
export function assertMayBill({ role }: OrgScope) {
  if (!allows(role, "manageBilling")) {
    throw new ServiceError(
      "FORBIDDEN",
      "Only the organization's owners and admins can see and change its billing.",
    );
  }
}

/** The Stripe client, or a clear refusal where this installation has no Stripe key. */
export function requireStripe({ deps }: ServiceContext): Stripe {
  if (!deps.stripe) {
    throw new ServiceError(
      "UNAVAILABLE",
      "Payments are not configured on this installation. An agency admin can set the plan by hand.",
    );
  }
  return deps.stripe;
}

/** A Stripe call that failed on the network or on Stripe's side reads the same to the user. */
export async function callStripe<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new ServiceError("UNAVAILABLE", "Stripe could not be reached. Try again in a moment.", {
      cause: error,
    });
  }
}
