import { SCAN_DAY_STEPS, type ScanDayStep, type ScanDayWords } from '@/lib/content/copy-schema';
import { DiagramFigure } from './DiagramFigure';

const ID = 'bone-scan-day-diagram';

/** Each step's row, in SVG units: the drawing is 360 wide. */
const ROW = 124;
const TEXT_X = 116;

/**
 * Colours for the drawing (brand dark, brand blue, brand light in light mode), with dark-mode, print
 * and forced-colours values. Words use the text colour.
 */
// The colour values live in app/globals.css (.scan-day-diagram-palette), once, not in every page's HTML twice.
const PALETTE = 'scan-day-diagram-palette';

const ICON_PROPS = {
  className: 'fill-(--icon-fill) stroke-(--icon)',
  strokeWidth: 2.5,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;
const ICON_LINE = 'fill-none stroke-(--icon)';

/**
 * One shape of an icon: `line` is a stroke only; `shape` a filled path; `rect` [x, y, width, height,
 * corner]; `circle` [cx, cy, r]. The icons are data, drawn by one component.
 */
type IconShape =
  | { line: string; dash?: string }
  | { shape: string }
  | { rect: [number, number, number, number, number] }
  | { circle: [number, number, number] };

interface IconDrawing {
  shapes: IconShape[];
  transform?: string;
}

/** Each step's picture, 60 units square. */
const ICONS: Record<ScanDayStep, IconDrawing> = {
  // A syringe, pointing up and to the right.
  injection: {
    transform: 'rotate(-45 30 32)',
    shapes: [
      { line: 'M 2 24 V 40 M 2 32 H 12' },
      { rect: [12, 25, 26, 14, 2] },
      { line: 'M 19 25 V 30 M 25 25 V 30 M 31 25 V 30' },
      { rect: [38, 29, 5, 6, 1] },
      { line: 'M 43 32 H 58' },
    ],
  },
  // A clock and a cup of water.
  wait: {
    shapes: [
      { circle: [22, 22, 17] },
      { line: 'M 22 11 V 22 L 30 27' },
      { shape: 'M 33 36 H 55 L 52 60 Q 51.5 62 49 62 H 39 Q 36.5 62 36 60 Z' },
      { line: 'M 35 44 H 53' },
    ],
  },
  // A person lying on a bed under a flat camera: open on every side, not a tunnel.
  scan: {
    shapes: [
      { rect: [8, 4, 44, 14, 3] },
      { line: 'M 18 24 H 42', dash: '3 5' },
      { circle: [11, 36, 5] },
      { rect: [18, 31, 36, 10, 5] },
      { line: 'M 3 46 H 57 M 10 46 V 60 M 50 46 V 60' },
    ],
  },
  // A speech bubble with lines of words.
  results: {
    shapes: [
      {
        shape:
          'M 10 6 H 50 Q 56 6 56 12 V 38 Q 56 44 50 44 H 24 L 12 56 V 44 H 10 Q 4 44 4 38 V 12 Q 4 6 10 6 Z',
      },
      { line: 'M 14 17 H 46 M 14 25 H 46 M 14 33 H 34' },
    ],
  },
};

function IconShapeView({ shape }: { shape: IconShape }) {
  if ('line' in shape)
    return <path className={ICON_LINE} d={shape.line} strokeDasharray={shape.dash} />;
  if ('shape' in shape) return <path d={shape.shape} />;
  if ('rect' in shape) {
    const [x, y, width, height, rx] = shape.rect;
    return <rect x={x} y={y} width={width} height={height} rx={rx} />;
  }
  const [cx, cy, r] = shape.circle;
  return <circle cx={cx} cy={cy} r={r} />;
}

function Icon({ drawing }: { drawing: IconDrawing }) {
  return (
    <g {...ICON_PROPS} transform={drawing.transform}>
      {drawing.shapes.map((shape, index) => (
        <IconShapeView key={index} shape={shape} />
      ))}
    </g>
  );
}

interface Step {
  title: string;
  /** The words under the title, one line each, as the picture shows them. */
  lines: string[];
  icon: IconDrawing;
}

/** A numbered step: its number in a circle, an arrow down to the next, a picture and words. */
function StepRow({ step, index, isLast }: { step: Step; index: number; isLast: boolean }) {
  const top = 6 + index * ROW;
  return (
    <g>
      {!isLast && (
        <path
          d={`M 20 ${top + 36} V ${top + ROW - 6} M 14 ${top + ROW - 12} L 20 ${top + ROW - 6} L 26 ${top + ROW - 12}`}
          className="fill-none stroke-(--step)"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      )}
      <circle
        cx="20"
        cy={top + 17}
        r="15"
        className="fill-(--page) stroke-(--step)"
        strokeWidth="2.5"
      />
      <text
        x="20"
        y={top + 23}
        textAnchor="middle"
        className="fill-current"
        fontSize="17"
        fontWeight="700"
      >
        {index + 1}
      </text>
      <g transform={`translate(44 ${top})`}>
        <Icon drawing={step.icon} />
      </g>
      <text x={TEXT_X} y={top + 22} className="fill-current" fontSize="18" fontWeight="700">
        {step.title}
      </text>
      <text x={TEXT_X} y={top + 47} className="fill-current" fontSize="17">
        {step.lines.map((line, i) => (
          <tspan key={line} x={TEXT_X} dy={i === 0 ? 0 : 21}>
            {i < step.lines.length - 1 ? `${line} ` : line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** The day of a bone scan in four steps, from top to bottom so it reads on a narrow phone. */
export function BoneScanDayDiagram({ words }: { words: ScanDayWords }) {
  const steps: Step[] = SCAN_DAY_STEPS.map((step) => ({ ...words.steps[step], icon: ICONS[step] }));
  return (
    <DiagramFigure
      id={ID}
      words={words}
      viewBox={`0 0 360 ${6 + (steps.length - 1) * ROW + 118}`}
      palette={PALETTE}
      textVersion={
        <ol className="list-decimal space-y-1 pl-6">
          {steps.map((step) => (
            <li key={step.title}>
              <strong>{step.title}.</strong> {step.lines.join(' ')}
            </li>
          ))}
        </ol>
      }
    >
      {steps.map((step, index) => (
        <StepRow key={step.title} step={step} index={index} isLast={index === steps.length - 1} />
      ))}
    </DiagramFigure>
  );
}
