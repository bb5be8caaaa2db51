import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, paths } from '../../app/router';
import { useFocusOnMount } from '../../app/use-focus-on-mount';
import { AlertIcon } from '../../components/icons';
import { StatePanel } from '../../components/StatePanel';

/** An address no screen answers to: an old bookmark, a traject that was removed. */
export function NotFoundScreen({ body }: { body?: string }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useFocusOnMount(headingRef);
  return (
    <section className="card page page--narrow" aria-labelledby={titleId}>
      <StatePanel
        tone="accent"
        icon={<AlertIcon />}
        title={t('nav.notFound.title')}
        titleId={titleId}
        headingRef={headingRef}
        body={<p className="state-panel__body">{body ?? t('nav.notFound.body')}</p>}
      >
        <Link to={paths.dashboard()} className="button button--primary">
          {t('nav.notFound.back')}
        </Link>
      </StatePanel>
    </section>
  );
}
