import type { ChecklistItemDto } from '@motesplats/contracts';
import { takeChecklist } from '../checklist-prefetch';
import { useI18n, type MessageKey } from '../i18n';
import { isActor, LoadError, Loading, PageHeading, useActorName, useLoad } from '../ui';

const MARK: Record<ChecklistItemDto['status'], string> = {
  done: '✓',
  todo: '○',
  'follow-up': '→',
  'not-applicable': '–',
};

function Item({ item }: { item: ChecklistItemDto }) {
  const { t, has, locale } = useI18n();
  const actorName = useActorName();
  // The item's text in the reader's language; an item code the catalogue does not know yet
  // (added on the server first) falls back to the server's Swedish or English label.
  const key = `newcomer.item.${item.code}`;
  const translated = has(key);
  return (
    <li className={`item item-${item.status}`}>
      <span className="mark" aria-hidden="true">
        {MARK[item.status]}
      </span>
      <div>
        <p className="item-label" lang={translated ? locale : locale === 'sv' ? 'sv' : 'en'}>
          {translated ? t(key) : locale === 'sv' ? item.label.sv : item.label.en}
        </p>
        <p className="muted">
          {isActor(item.actor) ? actorName(item.actor) : item.actor} ·{' '}
          <strong>{t(`newcomer.checklist.status.${item.status}` as MessageKey)}</strong>
        </p>
        {item.note && <p className="note">{t('newcomer.checklist.note', { note: item.note })}</p>}
      </div>
    </li>
  );
}

export function ChecklistPage() {
  const { t, dateTime } = useI18n();
  const [state, reload] = useLoad(() => takeChecklist(), 'checklist');
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError error={state.error} retry={reload} />;
  const { data: view, cachedAt } = state.data;
  const remaining = view.items.filter((i) => i.status === 'todo').length;
  const followUps = view.items.filter((i) => i.status === 'follow-up');
  const groups = [
    ...view.members.map((m) => ({ id: m.id, name: `${m.givenName} ${m.familyName}` })),
    { id: null, name: t('newcomer.checklist.household') },
  ]
    .map((g) => ({ ...g, items: view.items.filter((i) => i.memberId === g.id) }))
    .filter((g) => g.items.length > 0);
  return (
    <>
      <PageHeading>{t('newcomer.checklist.heading')}</PageHeading>
      {cachedAt && (
        <p role="status" className="notice">
          {t('newcomer.offline.lastUpdated', { time: dateTime(cachedAt) })}
        </p>
      )}
      <p>{t('newcomer.checklist.intro')}</p>
      {view.items.length === 0 ? (
        <p>{t('newcomer.checklist.empty')}</p>
      ) : (
        <>
          <p className="summary">{t('newcomer.checklist.remaining', { count: remaining })}</p>
          {groups.map((g) => (
            <section key={g.id ?? 'household'} aria-labelledby={`member-${g.id ?? 'household'}`}>
              <h2 id={`member-${g.id ?? 'household'}`}>{g.name}</h2>
              <ul className="items" data-testid="checklist">
                {g.items.map((item) => (
                  <Item key={item.id} item={item} />
                ))}
              </ul>
            </section>
          ))}
          <section aria-labelledby="after-day">
            <h2 id="after-day">{t('newcomer.checklist.afterHeading')}</h2>
            {followUps.length === 0 ? (
              <p>{t('newcomer.checklist.afterNone')}</p>
            ) : (
              <>
                <p>{t('newcomer.checklist.afterIntro')}</p>
                <ul className="items">
                  {followUps.map((item) => (
                    <Item key={item.id} item={item} />
                  ))}
                </ul>
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}
