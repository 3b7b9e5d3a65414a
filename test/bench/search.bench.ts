/**
 * `npm run bench` (popup search part): what opening the popup costs with the
 * full dataset, and what a keystroke costs, side by side with a plain
 * substring filter over the same rounds measured in the same run. Prints
 * figures; asserts nothing. Rendering runs in happy-dom, which is slower than
 * a browser's DOM, so the render figure is an upper bound.
 */
import { Window } from 'happy-dom';
import { h, render } from 'preact';
import { PopupView } from '../../components/PopupView';
import { loadBundledDataset } from '../../lib/dataset/bundled';
import { memoryRepository } from '../../lib/db/repository';
import { translator } from '../../lib/i18n';
import { ResponseSchemas } from '../../lib/messaging/protocol';
import { cachedSearchCatalog } from '../../lib/search/catalogQuery';
import { initialPopupSearch } from '../../lib/search/popupState';
import { buildRoundSearch, serializedIndexOf } from '../../lib/search/searchIndex';
import { choicesOf, listingOf, rowIdsOf, type PopupSearchModel } from '../../lib/ui/usePopupSearch';
import { median, percentile, timeSync } from './stats';

/** What readers type: places, people, topics, dates, questions, typos; German and English. */
const QUERIES = [
  'Istanbul 2025',
  'Istanbul',
  'Istambul',
  'Çırağan',
  'Ciragan',
  'Genf',
  'Geneva 2026',
  'Genf 2024',
  'Abu Dhabi',
  'Alaska',
  'Anchorage',
  'Riad',
  'Riyadh',
  'Dschidda',
  'Minsk II',
  'Minsker Abkommen',
  'Normandie-Format',
  'Bürgenstock',
  'Buergenstock',
  'Selenskyj',
  'Zelensky',
  'Zelenskyy Trump',
  'Medinski',
  'Umerov',
  'Witkoff Moskau',
  'Witkoff Moscow',
  'Kushner',
  'Gefangenenaustausch',
  'prisoner exchange',
  'Waffenruhe',
  'ceasefire',
  'Energie Moratorium',
  'Schwarzes Meer',
  'Black Sea grain',
  'Sicherheitsgarantien',
  'security guarantees',
  'Juni 2025',
  'July 2025',
  '2022',
  'März 2025',
  'US mediation',
  'Vermittlung Türkei',
  'Koalition der Willigen',
  'coalition of the willing',
  'when was the second Istanbul round and what came of it?',
  'what did Medinski say in July?',
  'all rounds with US mediation',
  'Gipfel',
  'trilateral',
];

function linearFilter(haystacks: Array<{ id: string; text: string }>, query: string): string[] {
  const needle = query.toLowerCase();
  return haystacks.filter((entry) => entry.text.includes(needle)).map((entry) => entry.id);
}

export async function benchSearch(): Promise<void> {
  const dataset = loadBundledDataset();
  const catalogAnswer = { ok: true as const, catalog: await cachedSearchCatalog(memoryRepository(dataset)) };
  const kept = serializedIndexOf(catalogAnswer.catalog);
  const wire = JSON.stringify(catalogAnswer);
  console.log(
    `search catalog: ${dataset.rounds.length} rounds, ${catalogAnswer.catalog.names.length} names, ${(wire.length / 1024).toFixed(0)} KB as sent; serialized index kept by the popup ${(kept.length / 1024).toFixed(0)} KB`,
  );

  const window = new Window({ url: 'chrome-extension://bench/popup.html' });
  const scope = globalThis as unknown as Record<string, unknown>;
  const saved = { document: scope.document, window: scope.window };
  scope.document = window.document;
  scope.window = window;
  const lang = 'de' as const;
  const t = translator(lang);

  /** One popup opening: validate the answer, paint the timeline, then load the kept index or build it. */
  const firstRender = (keptIndex: string | undefined) => {
    let answer = catalogAnswer;
    // The popup validates what arrives, like every answer (JSON stands in for the message's serialization).
    const parse = timeSync(
      () => (answer = ResponseSchemas['search-catalog'].parse(JSON.parse(wire)) as typeof catalogAnswer),
    );
    const root = window.document.createElement('div');
    window.document.body.appendChild(root);
    let search = buildRoundSearch(answer.catalog, keptIndex);
    let model: PopupSearchModel | undefined;
    const rows = timeSync(() => {
      search = buildRoundSearch(answer.catalog, keptIndex);
      const listing = listingOf(search, initialPopupSearch, lang, t);
      model = {
        catalog: { status: 'ready' },
        state: initialPopupSearch,
        listing,
        rowIds: rowIdsOf(listing),
        choices: choicesOf(search, lang),
        dispatch: () => undefined,
        retry: () => undefined,
        searchAllYears: () => undefined,
      };
    });
    const dom = timeSync(() =>
      render(
        h(PopupView, { lang, t, dataset: { status: 'loading' }, search: model, onOpenOptions: () => undefined }),
        root,
      ),
    );
    const index = timeSync(() => search.warm());
    const options = root.querySelectorAll('[role="option"]').length;
    render(null, root);
    root.remove();
    return { parse, paint: rows + dom, rows, dom, index, options };
  };
  type Run = ReturnType<typeof firstRender>;
  const total = (run: Run) => run.parse + run.paint + run.index;
  const describe = (runs: Run[]) =>
    `median ${median(runs.map(total)).toFixed(1)} ms = validate ${median(runs.map((run) => run.parse)).toFixed(1)} + timeline ${median(runs.map((run) => run.paint)).toFixed(1)} (rows ${median(runs.map((run) => run.rows)).toFixed(1)}, DOM ${median(runs.map((run) => run.dom)).toFixed(1)}) + index ${median(runs.map((run) => run.index)).toFixed(1)}`;
  // The first run is the cold one (no JIT yet), as every popup is: it builds, like a popup's very first opening.
  const cold = firstRender(undefined);
  const building = Array.from({ length: 6 }, () => firstRender(undefined));
  const loading = Array.from({ length: 6 }, () => firstRender(kept));
  console.log(
    `popup first render, happy-dom, ${cold.options} rounds on the timeline (aim ≤ 100 ms; the timeline paints before the index is made):`,
  );
  console.log(
    `  cold, index built: ${total(cold).toFixed(1)} ms = validate ${cold.parse.toFixed(1)} + timeline ${cold.paint.toFixed(1)} (rows ${cold.rows.toFixed(1)}, DOM ${cold.dom.toFixed(1)}) + index ${cold.index.toFixed(1)}`,
  );
  console.log(`  warm, index built (first opening for a dataset version): ${describe(building)}`);
  console.log(`  warm, index loaded from the popup's cache (every later opening): ${describe(loading)}`);
  scope.document = saved.document;
  scope.window = saved.window;
  await window.happyDOM.close();

  const search = buildRoundSearch(catalogAnswer.catalog, kept);
  search.warm();
  const haystacks = catalogAnswer.catalog.rounds.map((round) => ({
    id: round.id,
    text: [round.title, round.venue, round.agenda, round.summary, ...round.outcomes.map((outcome) => outcome.text)]
      .flatMap((text) => (text ? [text.de, text.en] : []))
      .join(' ')
      .toLowerCase(),
  }));
  const REPEAT = 5;
  const searchTimes: number[] = [];
  const listingTimes: number[] = [];
  const linearTimes: number[] = [];
  let found = 0;
  let foundLinear = 0;
  for (let pass = 0; pass < REPEAT; pass++) {
    for (const query of QUERIES) {
      let hits = 0;
      searchTimes.push(timeSync(() => (hits = search.search(query).hits.length)));
      listingTimes.push(timeSync(() => listingOf(search, { ...initialPopupSearch, query }, 'en', translator('en'))));
      let linear = 0;
      linearTimes.push(timeSync(() => (linear = linearFilter(haystacks, query).length)));
      if (pass === 0) {
        if (hits > 0) found++;
        if (linear > 0) foundLinear++;
      }
    }
  }
  console.log(
    `search query, ${QUERIES.length} queries × ${REPEAT}: p50 ${median(searchTimes).toFixed(2)} ms, p95 ${percentile(searchTimes, 95).toFixed(2)} ms (aim p95 ≤ 5 ms); with result rows p50 ${median(listingTimes).toFixed(2)} ms, p95 ${percentile(listingTimes, 95).toFixed(2)} ms`,
  );
  console.log(
    `linear substring filter, same queries and rounds: p50 ${median(linearTimes).toFixed(3)} ms, p95 ${percentile(linearTimes, 95).toFixed(3)} ms; ratio search/substring p50 ${(median(searchTimes) / median(linearTimes)).toFixed(1)}×, p95 ${(percentile(searchTimes, 95) / percentile(linearTimes, 95)).toFixed(1)}×; queries with any hit: search ${found}/${QUERIES.length}, substring ${foundLinear}/${QUERIES.length}`,
  );
}
