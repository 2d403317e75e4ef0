import {
  AuthenticationError,
  BotFrameworkAuthentication,
  ConnectorFactory,
  JwtTokenValidation,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';

/** How many distinct (app, service URL, audience) clients to keep; channels use a handful. */
const maxCachedClients = 256;

/**
 * Wraps a BotFrameworkAuthentication so that connector and user-token clients are built once per
 * bot app id, service URL and audience instead of on every turn. Building one assembles a whole
 * HTTP pipeline, a large share of a turn's cost; the clients hold no per-turn state, and their
 * credentials cache tokens themselves. Authentication of each request is unchanged.
 */
export class CachingBotFrameworkAuthentication extends BotFrameworkAuthentication {
  private readonly connectors = new BoundedCache<Promise<ConnectorClient>>(maxCachedClients);
  private readonly userTokenClients = new BoundedCache<Promise<UserTokenClient>>(maxCachedClients);

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.withCachedFactory(await this.inner.authenticateRequest(activity, authHeader).catch(asUnauthorized));
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.withCachedFactory(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.cachedFactory(claimsIdentity, this.inner.createConnectorFactory(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const key = appIdOf(claimsIdentity);
    return this.userTokenClients.getOrCreate(key, () => this.inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient() {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private withCachedFactory(result: AuthenticateRequestResult): AuthenticateRequestResult {
    if (result.connectorFactory === undefined) return result;
    return { ...result, connectorFactory: this.cachedFactory(result.claimsIdentity, result.connectorFactory) };
  }

  private cachedFactory(claimsIdentity: ClaimsIdentity, inner: ConnectorFactory): ConnectorFactory {
    return new CachingConnectorFactory(this.connectors, appIdOf(claimsIdentity), inner);
  }
}

/** A turn's connector factory, handing out the clients cached for its app id (one class, not one per turn). */
class CachingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly connectors: BoundedCache<Promise<ConnectorClient>>,
    private readonly appId: string,
    private readonly inner: ConnectorFactory,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.connectors.getOrCreate(`${this.appId}\n${serviceUrl}\n${audience ?? ''}`, () => this.inner.create(serviceUrl, audience));
  }
}

/** jsonwebtoken's own errors: a token that is malformed, unsigned or signed with another key. */
const badTokenErrors = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * botframework-connector lets jsonwebtoken's errors (a forged or unsigned token) through as they
 * are, which CloudAdapter answers 500; they are the caller's fault, so they become 401 like every
 * other refused token.
 */
function asUnauthorized(error: unknown): never {
  if (error instanceof Error && badTokenErrors.has(error.name)) throw new AuthenticationError('Unauthorized: the token is not valid', 401);
  throw error;
}

function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return JwtTokenValidation.getAppIdFromClaims(claimsIdentity.claims) ?? '';
}

/** A small insertion-ordered cache; a failed creation is forgotten so the next turn retries. */
class BoundedCache<T extends Promise<unknown>> {
  private readonly entries = new Map<string, T>();
  constructor(private readonly capacity: number) {}

  getOrCreate(key: string, create: () => T): T {
    const existing = this.entries.get(key);
    if (existing !== undefined) return existing;
    const created = create();
    created.catch(() => this.entries.delete(key));
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, created);
    return created;
  }
}
