import type { JSX } from 'react';
import type { DiagramName } from '@/lib/content/schema';
import { BoneScanDayDiagram } from './BoneScanDayDiagram';
import { SkeletonDiagram } from './SkeletonDiagram';

const DIAGRAMS: Record<DiagramName, () => JSX.Element> = {
  skeleton: SkeletonDiagram,
  'bone-scan-day': BoneScanDayDiagram,
};

/** A diagram named in a topic's frontmatter (`diagram: { name, after }`). */
export function Diagram({ name }: { name: DiagramName }) {
  const Drawing = DIAGRAMS[name];
  return (
    <div className="not-prose my-6">
      <Drawing />
    </div>
  );
}
