/** The Teams side's settings, built once by the configuration. */
export interface TeamsSettings {
  /** Entra tenant ids (lower case) whose activities are served (TEAMS_ALLOWED_TENANTS); empty: none. */
  readonly allowedTenants: readonly string[];
}
