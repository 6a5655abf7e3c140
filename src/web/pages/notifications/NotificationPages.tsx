/**
 * Meldingen (/meldingen): the notices of the user's organisation, newest first, each linking to
 * what it is about (a referral, a consultation, the overlegtafel, a verkennend gesprek). Opening
 * a notice's subject or choosing "Gelezen" marks it read. Notices carry no patient data.
 */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../api';
import { ErrorAlert, Loading } from '../../components/status';
import { formatDateTime } from '../../format';
import { useApi } from '../../reference';
import { referralApi, type Notice } from '../referrals/referral-api';
import './notifications.css';

/** Where a notice's subject lives in the app. */
export function subjectLink(notice: Pick<Notice, 'subjectType' | 'subjectId'>): string {
  switch (notice.subjectType) {
    case 'referral':
      return `/verwijzingen/${notice.subjectId}`;
    case 'consultation':
      return `/consultaties/${notice.subjectId}`;
    case 'case-submission':
      return '/overlegtafel';
    case 'exploratory':
      return `/verkennend-gesprek/${notice.subjectId}`;
  }
}

const SUBJECT_WORDS: Record<Notice['subjectType'], string> = {
  referral: 'Verwijzing',
  consultation: 'Consultatie',
  'case-submission': 'Overlegtafel',
  exploratory: 'Verkennend gesprek',
};

export function NotificationPages() {
  const navigate = useNavigate();
  const loaded = useApi('meldingen', (signal) => referralApi.notices(signal));
  const [readNow, setReadNow] = useState<Set<string>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const isRead = (notice: Notice) => notice.readAt !== null || readNow.has(notice.id);

  const markRead = async (notice: Notice) => {
    if (isRead(notice)) return;
    try {
      await referralApi.markRead(notice.id);
      setReadNow((set) => new Set(set).add(notice.id));
      setError(null);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'onbekend', 'Markeren is niet gelukt.'));
    }
  };
  const items = loaded?.status === 'ready' ? loaded.data.items : [];
  const unread = items.filter((n) => !isRead(n)).length;

  return (
    <>
      <div className="page-intro">
        <h1>Meldingen</h1>
        <p className="lead">
          Wat er gebeurde met verwijzingen, consultaties en aanvragen van uw organisatie.
        </p>
      </div>
      {(!loaded || loaded.status === 'loading') && <Loading text="Meldingen laden…" />}
      {loaded?.status === 'error' && <ErrorAlert error={loaded.error} />}
      {error && <ErrorAlert error={error} />}
      {loaded?.status === 'ready' && (
        <>
          <p role="status" aria-live="polite">
            {unread === 0
              ? 'Geen ongelezen meldingen.'
              : `${unread} ongelezen ${unread === 1 ? 'melding' : 'meldingen'}.`}
          </p>
          {items.length === 0 ? (
            <p className="empty">Er zijn nog geen meldingen.</p>
          ) : (
            <ul className="notice-list" aria-label="Meldingen, nieuwste eerst">
              {items.map((notice) => (
                <li key={notice.id} className={`notice${isRead(notice) ? '' : ' notice--unread'}`}>
                  <p className="notice__text">
                    {!isRead(notice) && <span className="badge badge--info">Nieuw</span>}{' '}
                    <Link
                      to={subjectLink(notice)}
                      onClick={(event) => {
                        event.preventDefault();
                        void markRead(notice).finally(() => navigate(subjectLink(notice)));
                      }}
                    >
                      {notice.text}
                    </Link>
                  </p>
                  <p className="notice__meta">
                    {SUBJECT_WORDS[notice.subjectType]} ·{' '}
                    <time dateTime={notice.createdAt}>{formatDateTime(notice.createdAt)}</time>
                    {!isRead(notice) && (
                      <>
                        {' · '}
                        <button
                          type="button"
                          className="button button--link"
                          onClick={() => void markRead(notice)}
                        >
                          Gelezen<span className="visually-hidden">: {notice.text}</span>
                        </button>
                      </>
                    )}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
