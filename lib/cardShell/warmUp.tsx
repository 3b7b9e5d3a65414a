import { render } from 'preact';
import { CardActions, CardFooter, CardHeader, IssueRows, SourceList } from '../../components/CardParts';
import { EntityCard } from '../../components/EntityCard';
import { RoundCard } from '../../components/RoundCard';
import { warmFormatters } from '../i18n/format';
import type { Language } from '../dataset/schema';
import { cardTranslator } from '../i18n/cardTranslator';
import type { EntityCardView, RoundView } from '../messaging/protocol';
import { issueRows } from '../cards/issues';

const SOURCE = { url: 'https://example.org/warm-up', outlet: 'Example', lang: 'en' };
const STAMP = { version: 'warm-up', asOf: '2025-01-01', coversUntil: '2025-01' };
const POSITION = {
  id: 'p',
  party: { id: 'a', name: 'A' },
  topics: ['ceasefire' as const],
  kind: 'proposal',
  stance: 'A stance.',
  from: '2025-01',
  sources: [SOURCE],
};

const SAMPLE_CARD: EntityCardView = {
  id: 'warm-up',
  type: 'person',
  name: 'Name',
  summary: 'Summary.',
  asOf: '2025-01-01',
  today: '2025-02-01',
  side: { id: 'a', name: 'A' },
  roles: [{ title: 'Role', from: '2024-01' }],
  rolesNow: [{ title: 'Other role', from: '2025-01' }],
  rounds: [{ id: 'r', title: 'Round', start: '2024-05-01', where: 'Place' }],
  roundCount: 4,
  positions: [POSITION],
  counterpart: [{ ...POSITION, id: 'q', party: { id: 'b', name: 'B' } }],
  sources: [SOURCE],
  dataset: STAMP,
};

const SAMPLE_ROUND: RoundView = {
  id: 'r',
  title: 'Round',
  format: 'mediated',
  start: '2024-05-01',
  place: { id: 'place', name: 'Place' },
  parties: [{ id: 'a', name: 'A' }],
  delegations: [{ party: { id: 'a', name: 'A' }, heads: [{ id: 'h', name: 'Head' }], members: [] }],
  hosts: [{ id: 'b', name: 'B' }],
  mediators: [{ id: 'c', name: 'C' }],
  agenda: 'Agenda.',
  summary: 'Summary.',
  outcomes: [{ text: 'Outcome.', figures: [{ measure: 'prisoners-exchanged', value: 1 }] }],
  previous: { id: 'r0', title: 'Before', start: '2024-04' },
  next: { id: 'r2', title: 'After', start: '2024-06' },
  positions: [POSITION],
  sources: [SOURCE],
  dataset: STAMP,
};

/**
 * Renders each kind of card once into a detached element, in a quiet moment
 * after the scan. The first render of a card otherwise pays for compiling the
 * UI code (Preact's diff and our components) inside the task that opens it,
 * which took 20–60 ms on the corpus pages; afterwards a card opens in a few
 * milliseconds. Compiling is paid per function on its first call, so the
 * steps go from Preact's core through the card's parts to whole cards, each
 * compiling a little: one step with a whole cold card took 20–30 ms itself.
 * Nothing is attached to the page.
 */
export function warmUpSteps(doc: Document, lang: Language): Array<() => void> {
  const scratch = doc.createElement('div');
  const t = cardTranslator(lang);
  const articleDate = { date: '2025-01-01', source: 'meta' } as const;
  const noop = () => undefined;
  const draw = (content: Parameters<typeof render>[0]) => () => render(content, scratch);
  return [
    draw(
      <p class="a">
        <a href="#">a</a>
        <button type="button">b</button>
      </p>,
    ),
    draw(<CardHeader title="Name" t={t} onClose={noop} />),
    draw(<SourceList sources={[SOURCE]} lang={lang} t={t} />),
    draw(<IssueRows rows={issueRows(SAMPLE_CARD.positions, SAMPLE_CARD.counterpart)} lang={lang} t={t} />),
    draw(<CardActions t={t} onOpen={noop} onCopy={noop} />),
    draw(<CardFooter articleDate={articleDate} dataset={STAMP} lang={lang} t={t} />),
    draw(null),
    draw(<EntityCard state={{ status: 'loading' }} articleDate={articleDate} lang={lang} t={t} onClose={noop} />),
    draw(
      <EntityCard
        state={{ status: 'ready', card: SAMPLE_CARD }}
        articleDate={articleDate}
        lang={lang}
        t={t}
        onClose={noop}
        actions={{ onOpen: noop, onCopy: noop }}
      />,
    ),
    // Loading the language's number and date formats is a long task of its own the first time.
    () => warmFormatters(lang),
    draw(
      <RoundCard
        round={SAMPLE_ROUND}
        articleDate={articleDate}
        lang={lang}
        t={t}
        onClose={noop}
        actions={{ onOpen: noop, onCopy: noop }}
      />,
    ),
    draw(null),
  ];
}
