import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { type Problem } from './api/client';
import { currentLanguage, switchLanguage } from './i18n';
import { ProblemAlert } from './problems';
import { Link, PAGES } from './router';
import { mayUse, SCREENS } from './screens';
import { type Principal, useSession } from './session';

/** The frame of every page once signed in: who is signed in, the screens of their role, the language, sign-out. */
export function Shell({ principal, children }: { principal: Principal; children: ReactNode }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const [problem, setProblem] = useState<Problem>();
  const screens = SCREENS.filter((screen) => mayUse(principal.role, screen));

  const onSignOut = async () => {
    const answer = await signOut();
    setProblem(answer.ok ? undefined : answer.problem);
  };

  return (
    <div className="shell">
      <header className="bar">
        <Link to={PAGES.home} className="brand">
          <span aria-hidden="true">🥚</span> {t('app.name')}
        </Link>
        <nav aria-label={t('shell.menu')}>
          <Link to={PAGES.home}>{t('shell.home')}</Link>
          {screens.map((screen) => (
            <Link key={screen.key} to={screen.path}>
              {t(`screens.${screen.key}.title`)}
            </Link>
          ))}
        </nav>
        <div className="account">
          <span className="who">
            {t('shell.signedInAs', { username: principal.username, role: t(`roles.${principal.role}`) })}
          </span>
          <LanguageSwitch />
          <button type="button" onClick={() => void onSignOut()}>
            {t('shell.signOut')}
          </button>
        </div>
      </header>
      <main className="page">
        {problem && <ProblemAlert problem={problem} shownFields={[]} />}
        {children}
      </main>
    </div>
  );
}

export function LanguageSwitch() {
  const { t } = useTranslation();
  const other = currentLanguage() === 'th' ? 'en' : 'th';
  return (
    <button
      type="button"
      className="language"
      lang={other}
      title={t('language.label')}
      onClick={() => void switchLanguage(other)}
    >
      {t('language.switchTo')}
    </button>
  );
}
