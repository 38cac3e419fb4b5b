export * from './access.module';
export {
  type Account,
  AccountRefused,
  AccountStore,
  type FederatedIdentity,
  type FederatedRole,
  type NewAccount,
  USERNAME_PATTERN,
} from './account-store';
export { AuthController, SignInFailed, SignInThrottled } from './auth.controller';
export {
  OidcFlowRefused,
  OidcNoRole,
  OidcNotConfigured,
  OidcProviderUnavailable,
  OidcSignIn,
  OidcSignInFailed,
} from './oidc';
export { OIDC_FLOW_COOKIE, OidcController } from './oidc.controller';
export { loadOidcConfig, type OidcConfig, OidcConfigError } from './oidc-config';
export { PASSWORD_MIN_LENGTH, passwordProblem } from './passwords';
export { SignInThrottle } from './sign-in-throttle';
export { USERS_USAGE, usersCli, type UsersCliIo } from './users-cli';
