import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { api, fieldErrorsOf, outcome, type Problem } from '../api/client';
import { Field, ProblemAlert } from '../problems';
import { useSession } from '../session';
import { LanguageSwitch } from '../Shell';

/**
 * Username and password; the session is an HttpOnly cookie the API sets (`session: cookie`). Where the platform signs
 * in through the cooperative's OpenID Connect provider too, a link to it (`/auth/oidc/start`, a full page navigation:
 * the provider's page, then back with the same cookie).
 */
export function SignIn() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const errors = problem ? fieldErrorsOf(problem) : {};
  const [provider, setProvider] = useState(false);

  useEffect(() => {
    void outcome(api.GET('/auth/oidc')).then((answer) => setProvider(answer.ok && answer.data.enabled));
  }, []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setWorking(true);
    const answer = await signIn(username, password);
    setWorking(false);
    if (!answer.ok) {
      setProblem(answer.problem);
      setPassword('');
    }
  };

  return (
    <main className="sign-in">
      <div className="sign-in-top">
        <span className="brand">
          <span aria-hidden="true">🥚</span> {t('app.name')}
        </span>
        <LanguageSwitch />
      </div>
      <p className="cooperative">{t('app.cooperative')}</p>
      <h1>{t('signIn.title')}</h1>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        {problem && <ProblemAlert problem={problem} shownFields={['username', 'password']} />}
        <Field id="username" label={t('signIn.username')} errors={errors['username']}>
          {(aria) => (
            <input
              {...aria}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              required
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          )}
        </Field>
        <Field id="password" label={t('signIn.password')} errors={errors['password']}>
          {(aria) => (
            <input
              {...aria}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={working}>
          {working ? t('signIn.working') : t('signIn.submit')}
        </button>
      </form>
      {provider && (
        <p className="sign-in-provider">
          <a href="/auth/oidc/start">{t('signIn.provider')}</a>
        </p>
      )}
    </main>
  );
}
