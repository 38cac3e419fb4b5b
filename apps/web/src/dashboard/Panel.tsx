import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { components } from '../api/schema';
import { ProblemAlert } from '../problems';
import type { Loaded } from './load';

export type ClusterMap = components['schemas']['ClusterMapDto'];

/** A panel's frame: its heading, and its content once loaded, or the problem. */
export function Panel<T>({
  title,
  loaded,
  children,
  level = 2,
}: {
  title: string;
  level?: 2 | 3;
  loaded: Loaded<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <section className="panel" aria-busy={loaded.status === 'loading'}>
      <Heading>{title}</Heading>
      {loaded.status === 'loading' && <p className="hint">{t('dashboard.loading')}</p>}
      {loaded.status === 'failed' && <ProblemAlert problem={loaded.problem} shownFields={[]} />}
      {loaded.status === 'loaded' && children(loaded.data)}
    </section>
  );
}
