export * from './access.module';
export { type Account, AccountRefused, AccountStore, type NewAccount, USERNAME_PATTERN } from './account-store';
export { AuthController, SignInFailed, SignInThrottled } from './auth.controller';
export { PASSWORD_MIN_LENGTH, passwordProblem } from './passwords';
export { SignInThrottle } from './sign-in-throttle';
export { USERS_USAGE, usersCli, type UsersCliIo } from './users-cli';
