import type { Segment } from '../../lib/search/terms';

/** Text with the matched words in <mark>; the segments are plain strings, never markup. */
export function Marked({ segments }: { segments: Segment[] }) {
  return (
    <>{segments.map((segment, index) => (segment.marked ? <mark key={index}>{segment.text}</mark> : segment.text))}</>
  );
}
