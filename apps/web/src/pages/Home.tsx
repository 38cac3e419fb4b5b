import { useTranslation } from 'react-i18next';

import { Link } from '../router';
import { mayUse, SCREENS } from '../screens';
import type { Principal } from '../session';

/** What the signed-in role may use, each screen a link. */
export function Home({ principal }: { principal: Principal }) {
  const { t } = useTranslation();
  const role = t(`roles.${principal.role}`);
  const screens = SCREENS.filter((screen) => mayUse(principal.role, screen));
  return (
    <section>
      <h1>{t('home.title', { username: principal.username })}</h1>
      {screens.length === 0 ? (
        <p>{t('home.none', { role })}</p>
      ) : (
        <>
          <h2>{t('home.yours', { role })}</h2>
          <ul className="cards">
            {screens.map((screen) => (
              <li key={screen.key}>
                <Link to={screen.path}>
                  <strong>{t(`screens.${screen.key}.title`)}</strong>
                  <span>{t(`screens.${screen.key}.summary`)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
