/**
 * Whether a Teams activity's tenant (Entra tenant id, a GUID) is one the service serves
 * (TEAMS_ALLOWED_TENANTS). GUIDs compare without regard to case; no list, no tenant.
 */
export function isTenantAllowed(tenantId: string | undefined, allowedTenants: readonly string[]): boolean {
  if (tenantId === undefined) return false;
  const wanted = tenantId.trim().toLowerCase();
  return allowedTenants.some((allowed) => allowed.toLowerCase() === wanted);
}
