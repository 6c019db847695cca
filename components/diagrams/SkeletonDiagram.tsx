import { SHADED_BONES, type ShadedBone, type SkeletonWords } from '@/lib/content/copy-schema';
import { DiagramFigure } from './DiagramFigure';

type BoneWords = SkeletonWords['bones'][ShadedBone];

const ID = 'skeleton-diagram';
const HATCH_ID = `${ID}-hatch`;

/** The middle of the body, in SVG units: the drawing is 360 wide. */
const MID = 180;
/** -1 draws the left side of the picture, 1 the right. */
const SIDES = [-1, 1] as const;
type Side = (typeof SIDES)[number];

/**
 * Colours for the drawing (brand dark, brand blue, brand light, muted grey in light mode). Each one
 * has a dark-mode value tested against the dark page, black and white for print, and a system colour
 * for forced colours.
 */
// The colour values live in app/globals.css (.skeleton-diagram-palette), once, not in every page's HTML twice.
const PALETTE = 'skeleton-diagram-palette';

/** Shaded bones: a light fill, a diagonal hatch and a thick outline, so never colour alone. */
const SHADED_PROPS = {
  className: 'stroke-(--bone-line)',
  fill: `url(#${HATCH_ID})`,
  strokeWidth: 3,
} as const;
/** Other bones: a thin outline only. */
const PLAIN_PROPS = { className: 'fill-none stroke-(--bone-plain)', strokeWidth: 1.5 } as const;

/** Where a bone's label sits and the line from it to the bone: the drawing's half of a label. */
interface LabelPlace {
  /** Where the label's text starts (or ends, on the left) and the point its line leads to. */
  label: { x: number; y: number; anchor: 'start' | 'end' };
  leader: { from: [number, number]; to: [number, number] };
}

const place = (
  x: number,
  y: number,
  anchor: 'start' | 'end',
  from: [number, number],
  to: [number, number],
): LabelPlace => ({ label: { x, y, anchor }, leader: { from, to } });

/**
 * The bones where breast cancer most often spreads, from the top down, with where each label goes.
 * Their names and the text version's words are in content/diagrams.yaml.
 */
const LABEL_PLACES: Record<ShadedBone, LabelPlace> = {
  skull: place(96, 56, 'end', [100, 51], [164, 51]),
  spine: place(262, 112, 'start', [258, 107], [184, 119]),
  ribs: place(86, 205, 'end', [90, 200], [150, 198]),
  pelvis: place(100, 414, 'end', [102, 401], [150, 334]),
  upperArm: place(252, 164, 'start', [248, 159], [238, 159]),
  thigh: place(240, 426, 'start', [236, 414], [209, 381]),
};

/** A rounded bone from (x, y), w wide and h long; `half` gives its top half only. */
function boneOutline(x: number, y: number, w: number, h: number, half = false): string {
  const r = w / 2;
  const end = half
    ? `V ${y + h / 2} H ${x} Z`
    : `V ${y + h - r} A ${r} ${r} 0 0 1 ${x} ${y + h - r} Z`;
  return `M ${x} ${y + r} A ${r} ${r} 0 0 1 ${x + w} ${y + r} ${end}`;
}

function Hatch() {
  return (
    <pattern
      id={HATCH_ID}
      width="6"
      height="6"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width="6" height="6" className="fill-(--bone-fill)" />
      <line x1="0" y1="0" x2="0" y2="6" className="stroke-(--bone-hatch)" strokeWidth="3" />
    </pattern>
  );
}

function Skull() {
  return (
    <path
      {...SHADED_PROPS}
      d="M 155 50 A 25 28 0 1 1 205 50 L 205 58 Q 203 78 192 86 L 168 86 Q 157 78 155 58 Z"
    />
  );
}

/** 20 vertebrae, narrow at the neck and widest in the lower back. */
function Spine() {
  return (
    <g {...SHADED_PROPS}>
      {Array.from({ length: 20 }, (_, i) => {
        const width = i < 5 ? 12 : i < 14 ? 16 : 20;
        return (
          <rect key={i} x={MID - width / 2} y={92 + i * 11.5} width={width} height="8" rx="2.5" />
        );
      })}
    </g>
  );
}

/** Six pairs of ribs, each curving out from the spine and down round the side of the chest. */
function RibCage() {
  const halfWidths = [28, 38, 44, 46, 45, 41];
  return (
    <g {...SHADED_PROPS}>
      {halfWidths.flatMap((w, i) => {
        const y = 140 + i * 18;
        const drop = 12 + i;
        return SIDES.map((side) => {
          const x = (dx: number) => MID + side * dx;
          return (
            <path
              key={`${y}${side}`}
              d={`M ${x(6)} ${y} C ${x(w * 0.6)} ${y - 4} ${x(w)} ${y} ${x(w)} ${y + drop} H ${x(w - 8)} C ${x(w - 8)} ${y + 9} ${x(w * 0.6)} ${y + 5} ${x(6)} ${y + 8} Z`}
            />
          );
        });
      })}
    </g>
  );
}

/** The hip bones, with the two openings at the front that make a pelvis recognisable. */
function Pelvis() {
  return (
    <g>
      <path
        {...SHADED_PROPS}
        d="M 180 318 C 166 304 146 304 138 312 C 134 330 140 350 156 362 L 170 372 L 190 372 L 204 362 C 220 350 226 330 222 312 C 214 304 194 304 180 318 Z"
      />
      {SIDES.map((side) => (
        <ellipse
          key={side}
          cx={MID + side * 14}
          cy="352"
          rx="6"
          ry="8"
          className="fill-(--page) stroke-(--bone-line)"
          strokeWidth="2"
        />
      ))}
    </g>
  );
}

function CollarBone({ side }: { side: Side }) {
  const x = (dx: number) => MID + side * dx;
  return (
    <path
      {...PLAIN_PROPS}
      d={`M ${x(8)} 131 Q ${x(30)} 120 ${x(54)} 124 L ${x(54)} 130 Q ${x(30)} 126 ${x(8)} 137 Z`}
    />
  );
}

/** Upper arm (top half shaded), forearm (two bones) and hand, hanging slightly out from the body. */
function Arm({ side }: { side: Side }) {
  const shoulder = MID + side * 54;
  const elbow = shoulder + side * 10;
  const wrist = elbow + side * 6.5;
  return (
    <g>
      <g transform={`rotate(${-side * 5.5} ${shoulder} 128)`}>
        <path {...PLAIN_PROPS} d={boneOutline(shoulder - 6, 128, 12, 106)} />
        <path {...SHADED_PROPS} d={boneOutline(shoulder - 6, 128, 12, 106, true)} />
      </g>
      <g {...PLAIN_PROPS} transform={`rotate(${-side * 4} ${elbow} 238)`}>
        <rect x={elbow - 7} y="238" width="5" height="92" rx="2.5" />
        <rect x={elbow + 2} y="238" width="5" height="92" rx="2.5" />
      </g>
      <ellipse {...PLAIN_PROPS} cx={wrist} cy="346" rx="8" ry="13" />
    </g>
  );
}

/** Thigh bone (top half shaded), lower leg (two bones) and foot. */
function Leg({ side }: { side: Side }) {
  const hip = MID + side * 30;
  const x = (dx: number) => MID + side * dx;
  return (
    <g>
      <g transform={`rotate(${side * 4} ${hip} 350)`}>
        <path {...PLAIN_PROPS} d={boneOutline(hip - 7, 350, 14, 108)} />
        <path {...SHADED_PROPS} d={boneOutline(hip - 7, 350, 14, 108, true)} />
      </g>
      <rect {...PLAIN_PROPS} x={x(20) - 4} y="464" width="8" height="92" rx="4" />
      <rect {...PLAIN_PROPS} x={x(29) - 2.5} y="466" width="5" height="88" rx="2.5" />
      <ellipse {...PLAIN_PROPS} cx={x(27)} cy="566" rx="13" ry="7" />
    </g>
  );
}

/** A label, with a line from it to the bone it names: a halo keeps the line clear over the bones. */
function Label({ place: { label, leader }, words }: { place: LabelPlace; words: BoneWords }) {
  const [x1, y1] = leader.from;
  const [x2, y2] = leader.to;
  const lines = words.lines ?? [words.name];
  return (
    <g>
      <line
        x1={x1}
        y1={y1}
        x2={x2}
        y2={y2}
        className="stroke-(--page)"
        strokeWidth="5"
        strokeLinecap="round"
      />
      <line x1={x1} y1={y1} x2={x2} y2={y2} className="stroke-current" strokeWidth="1.5" />
      <circle cx={x2} cy={y2} r="3.5" className="fill-current stroke-(--page)" strokeWidth="1.5" />
      <text
        x={label.x}
        y={label.y}
        textAnchor={label.anchor}
        className="fill-current"
        fontSize="16"
        fontWeight="600"
      >
        {lines.map((line, i) => (
          <tspan key={line} x={label.x} dy={i === 0 ? 0 : 19}>
            {i < lines.length - 1 ? `${line} ` : line}
          </tspan>
        ))}
      </text>
    </g>
  );
}

interface KeyLine {
  label: string;
  lines: string[];
}

/** One line of the key: a sample of the bone's look, a bold label, then its words. */
function KeyRow({ y, look, words }: { y: number; look: object; words: KeyLine }) {
  // A space ends every line but the last, so the words read as one sentence when copied.
  const [first, ...rest] = words.lines.map((line, i) =>
    i < words.lines.length - 1 ? `${line} ` : line,
  );
  return (
    <>
      <rect {...look} x="14" y={y} width="32" height="22" rx="3" />
      <text x="58" y={y + 16}>
        <tspan fontWeight="600">{words.label}</tspan> {first}
        {rest.map((line) => (
          <tspan key={line} x="58" dy="19">
            {line}
          </tspan>
        ))}
      </text>
    </>
  );
}

function Key({ words }: { words: SkeletonWords['key'] }) {
  return (
    <g fontSize="16" className="fill-current">
      <KeyRow y={600} look={SHADED_PROPS} words={words.shaded} />
      <KeyRow y={648} look={PLAIN_PROPS} words={words.outline} />
    </g>
  );
}

/**
 * A calm front view of the skeleton. The bones where breast cancer most often spreads are shaded
 * and labelled; the rest are outlines. Spread to the upper arm and thigh bones is mostly near the
 * shoulder and hip, so only the top half of each is shaded.
 */
export function SkeletonDiagram({ words }: { words: SkeletonWords }) {
  return (
    <DiagramFigure
      id={ID}
      words={words}
      viewBox="0 0 360 684"
      palette={PALETTE}
      textVersion={
        <>
          <p>{words.textVersion.before}</p>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {SHADED_BONES.map((bone) => (
              <li key={bone}>
                <strong>{words.bones[bone].name}</strong>
                {words.bones[bone].detail}
              </li>
            ))}
          </ul>
          <p className="mt-2">{words.textVersion.after}</p>
        </>
      }
    >
      <defs>
        <Hatch />
      </defs>
      <RibCage />
      <Pelvis />
      <Spine />
      <Skull />
      {SIDES.map((side) => (
        <g key={side}>
          <CollarBone side={side} />
          <Arm side={side} />
          <Leg side={side} />
        </g>
      ))}
      {SHADED_BONES.map((bone) => (
        <Label key={bone} place={LABEL_PLACES[bone]} words={words.bones[bone]} />
      ))}
      <Key words={words.key} />
    </DiagramFigure>
  );
}
