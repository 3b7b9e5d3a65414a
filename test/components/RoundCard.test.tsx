import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RoundCard } from '../../components/RoundCard';
import { queryRoundView } from '../../lib/db/queries';
import { memoryRepository } from '../../lib/db/repository';
import { translator } from '../../lib/i18n';
import { miniDataset } from '../fixtures/miniDataset';

afterEach(cleanup);

describe('RoundCard', () => {
  it('shows when and where, who led and what came of it, in German', async () => {
    const round = (await queryRoundView(memoryRepository(miniDataset()), 'istanbul-2025-06-02', 'de'))!;
    render(<RoundCard round={round} lang="de" t={translator('de')} onClose={() => undefined} />);
    expect(screen.getByRole('dialog', { name: 'Über Istanbul-Gespräche, 2025-06-02' })).toBeTruthy();
    expect(screen.getByTestId('round-when').textContent).toBe('2. Juni 2025 · Istanbul');
    expect(screen.getByTestId('round-heads').textContent).toBe('Ukraine: Rustem UmjerowRussland: Wladimir Medinski');
    expect(screen.getByTestId('round-outcomes').textContent).toBe('Gefangenenaustausch vereinbart');
  });
});
