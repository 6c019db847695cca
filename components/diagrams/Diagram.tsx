import type { JSX } from 'react';
import type { DiagramsFile } from '@/lib/content/copy-schema';
import type { DiagramName } from '@/lib/content/schema';
import { BoneScanDayDiagram } from './BoneScanDayDiagram';
import { SkeletonDiagram } from './SkeletonDiagram';

const DIAGRAMS: Record<DiagramName, (words: DiagramsFile) => JSX.Element> = {
  skeleton: (words) => <SkeletonDiagram words={words.skeleton} />,
  'bone-scan-day': (words) => <BoneScanDayDiagram words={words['bone-scan-day']} />,
};

/** A diagram named in a topic's frontmatter (`diagram: { name, after }`), its words from content/diagrams.yaml. */
export function Diagram({ name, words }: { name: DiagramName; words: DiagramsFile }) {
  return <div className="not-prose my-6">{DIAGRAMS[name](words)}</div>;
}
