import type { ReactNode } from 'react';
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

/** A syringe, pointing up and to the right. */
function SyringeIcon() {
  return (
    <g {...ICON_PROPS} transform="rotate(-45 30 32)">
      <path className={ICON_LINE} d="M 2 24 V 40 M 2 32 H 12" />
      <rect x="12" y="25" width="26" height="14" rx="2" />
      <path className={ICON_LINE} d="M 19 25 V 30 M 25 25 V 30 M 31 25 V 30" />
      <rect x="38" y="29" width="5" height="6" rx="1" />
      <path className={ICON_LINE} d="M 43 32 H 58" />
    </g>
  );
}

/** A clock and a cup of water. */
function WaitIcon() {
  return (
    <g {...ICON_PROPS}>
      <circle cx="22" cy="22" r="17" />
      <path className={ICON_LINE} d="M 22 11 V 22 L 30 27" />
      <path d="M 33 36 H 55 L 52 60 Q 51.5 62 49 62 H 39 Q 36.5 62 36 60 Z" />
      <path className={ICON_LINE} d="M 35 44 H 53" />
    </g>
  );
}

/** A person lying on a bed under a flat camera: open on every side, not a tunnel. */
function ScannerIcon() {
  return (
    <g {...ICON_PROPS}>
      <rect x="8" y="4" width="44" height="14" rx="3" />
      <path className={ICON_LINE} d="M 18 24 H 42" strokeDasharray="3 5" />
      <circle cx="11" cy="36" r="5" />
      <rect x="18" y="31" width="36" height="10" rx="5" />
      <path className={ICON_LINE} d="M 3 46 H 57 M 10 46 V 60 M 50 46 V 60" />
    </g>
  );
}

/** A speech bubble with lines of words. */
function ResultsIcon() {
  return (
    <g {...ICON_PROPS}>
      <path d="M 10 6 H 50 Q 56 6 56 12 V 38 Q 56 44 50 44 H 24 L 12 56 V 44 H 10 Q 4 44 4 38 V 12 Q 4 6 10 6 Z" />
      <path className={ICON_LINE} d="M 14 17 H 46 M 14 25 H 46 M 14 33 H 34" />
    </g>
  );
}

interface Step {
  title: string;
  /** The words under the title, one line each, as the picture shows them. */
  lines: string[];
  icon: ReactNode;
}

const STEPS: Step[] = [
  {
    title: 'Injection',
    lines: [
      'A small amount of tracer',
      'goes into a vein in your',
      'arm. The needle feels',
      'like a blood test.',
    ],
    icon: <SyringeIcon />,
  },
  {
    title: 'Wait 2 to 4 hours',
    lines: [
      'The tracer goes to your',
      'bones. Drink plenty of',
      'water. You can leave and',
      'go about your day.',
    ],
    icon: <WaitIcon />,
  },
  {
    title: 'The scan',
    lines: [
      'Lie still on your back',
      'while a camera passes',
      'close over you. It takes',
      'about 30 to 60 minutes.',
    ],
    icon: <ScannerIcon />,
  },
  {
    title: 'Results',
    lines: ['Your team gets a report', 'and tells you the', 'results, often within', '2 weeks.'],
    icon: <ResultsIcon />,
  },
];

/** A numbered step: its number in a circle, an arrow down to the next, a picture and words. */
function StepRow({ step, index }: { step: Step; index: number }) {
  const top = 6 + index * ROW;
  const isLast = index === STEPS.length - 1;
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
      <g transform={`translate(44 ${top})`}>{step.icon}</g>
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
export function BoneScanDayDiagram() {
  return (
    <DiagramFigure
      id={ID}
      title="Your bone scan day, in 4 steps"
      description="Four numbered steps from top to bottom, each with a small picture. 1, injection: a syringe, for a small amount of tracer put into a vein in your arm. 2, wait 2 to 4 hours: a clock and a cup, as you drink plenty of water and can go about your day. 3, the scan: a person lying on a bed under a flat camera, for about 30 to 60 minutes. 4, results: a speech bubble, as your team tells you the results, often within 2 weeks."
      caption={
        <>
          <strong>Your bone scan day.</strong> Every hospital does things in its own way, so follow
          the letter your hospital sends you.
        </>
      }
      viewBox={`0 0 360 ${6 + (STEPS.length - 1) * ROW + 118}`}
      palette={PALETTE}
      textVersion={
        <ol className="list-decimal space-y-1 pl-6">
          {STEPS.map((step) => (
            <li key={step.title}>
              <strong>{step.title}.</strong> {step.lines.join(' ')}
            </li>
          ))}
        </ol>
      }
    >
      {STEPS.map((step, index) => (
        <StepRow key={step.title} step={step} index={index} />
      ))}
    </DiagramFigure>
  );
}
