import { wordFromFragment } from '@/components/explain/ExplainTool';
import { describe, expect, it } from 'vitest';
import { buildExplainLexicon } from '@/lib/explain/build';
import { parseExplainLexicon } from '@/lib/explain/client';
import { createExplainer, MAX_EXPLAIN_CHARACTERS } from '@/lib/explain/match';
import type { ExplainResult } from '@/lib/explain/types';
import { getExplainLexicon } from '@/lib/site';
import { coverage, REPORTS } from '../fixtures/explain/coverage';
import { fixtureExplainLexicon } from '../fixtures/explain/lexicon';
import { fixtureSite } from '../fixtures/ui';

// The matcher's rules, on a frozen vocabulary (tests/fixtures/explain/vocabulary.json): an editor's
// honest change to content/ does not break them.
const explainer = createExplainer(fixtureExplainLexicon());
/** The explainer content/bone-density.yaml names (in the fixture site). */
const DENSITY_PAGE = fixtureSite().boneDensity.topic.url;

/** What a reader sees marked: [text as written, what it links to]. */
function marked(text: string): [string, string][] {
  return explainer
    .explain(text)
    .segments.flatMap((segment) =>
      segment.kind === 'term' ? [[segment.text, segment.key] as [string, string]] : [],
    );
}

const explanationFor = (result: ExplainResult, key: string) =>
  result.explanations.find((explanation) => explanation.key === key);

describe('explaining a scan report', () => {
  // Written for this project: the kind of paragraph a bone scan report contains.
  const report =
    'Whole body bone scan (Tc-99m MDP). There is increased tracer uptake in the L3 vertebral body ' +
    'and the right 6th rib. CT shows a lytic lesion at L3 with sclerotic change at T12/L1. ' +
    'Degenerative changes in both knees. No evidence of pathological fracture. ' +
    'Appearances are in keeping with bone mets. Correlative MRI is suggested.';

  it('marks every word the site explains, in reading order, with the longest phrase winning', () => {
    expect(marked(report)).toEqual([
      ['Whole body bone scan', 'bone-scan'],
      ['Tc-99m MDP', 'technetium-99m'],
      ['increased tracer uptake', 'hot-spot'],
      ['L3', 'spine-l3'],
      ['vertebral body', 'vertebral-body'],
      ['rib', 'rib'],
      ['CT', 'ct-scan'],
      ['lytic', 'lytic'],
      ['lesion', 'lesion'],
      ['L3', 'spine-l3'],
      ['sclerotic change', 'sclerotic'],
      ['T12/L1', 'spine-t12-l1'],
      ['Degenerative changes', 'degenerative-change'],
      ['No evidence of', 'no-evidence-of'],
      ['pathological fracture', 'pathological-fracture'],
      ['in keeping with', 'in-keeping-with'],
      ['bone mets', 'metastasis'],
      ['Correlative', 'word-correlation'],
      ['MRI', 'mri'],
    ]);
  });

  it('explains each term once, with its short definition, every way it was written and a link', () => {
    const result = explainer.explain(report);
    expect(result.explanations.map((explanation) => explanation.key)).toHaveLength(18);
    expect(explanationFor(result, 'spine-l3')).toEqual({
      key: 'spine-l3',
      label: 'L3',
      definition:
        'The 3rd bone of your lower back (lumbar spine). Reports number these bones from the top, L1 to L5.',
      url: '/glossary/lumbar-spine',
      urlLabel: 'the lumbar spine',
      asWritten: ['L3'],
    });
    const lytic = explanationFor(result, 'lytic');
    expect(lytic?.url).toBe('/glossary/lytic');
    expect(lytic?.definition).toMatch(/\S/);
    expect(lytic?.definition.split(/\s+/).length).toBeLessThanOrEqual(30);
  });

  it('lists words it does not explain, once each, without guessing', () => {
    const result = explainer.explain(`${report} An enchondroma is likely. Enchondroma again.`);
    expect(result.unknownWords).toEqual(['enchondroma']);
    expect(marked('enchondroma')).toEqual([]);
  });

  it('keeps every character of the text, in order', () => {
    const result = explainer.explain(report);
    expect(result.segments.map((segment) => segment.text).join('')).toBe(report);
  });
});

describe('matching the forms of a word', () => {
  it('ignores case and punctuation', () => {
    expect(marked('LYTIC. (Sclerotic), "uptake"!')).toEqual([
      ['LYTIC', 'lytic'],
      ['Sclerotic', 'sclerotic'],
      ['uptake', 'uptake'],
    ]);
  });

  it('finds plurals and word forms', () => {
    expect(marked('lesions in two vertebral bodies; hot spots; metastases')).toEqual([
      ['lesions', 'lesion'],
      ['vertebral bodies', 'vertebral-body'],
      ['hot spots', 'hot-spot'],
      ['metastases', 'metastasis'],
    ]);
  });

  it('treats hyphenated, joined and spaced forms alike', () => {
    for (const written of ['hot-spot', 'hotspot', 'hot spot', 'Hot Spot']) {
      expect(marked(`A ${written} was seen.`)).toEqual([[written, 'hot-spot']]);
    }
    expect(marked('X-ray, xray and x ray')).toEqual([
      ['X-ray', 'x-ray'],
      ['xray', 'x-ray'],
      ['x ray', 'x-ray'],
    ]);
  });

  it('joins a word broken across two lines of a copied PDF', () => {
    expect(marked('appearances of meta-\nstatic disease')).toContainEqual([
      'meta-\nstatic',
      'metastasis',
    ]);
    expect(marked('an osteo-lytic area')).toEqual([['osteo-lytic', 'lytic']]);
  });

  it('prefers the longest term: "osteonecrosis of the jaw" before "jaw" or "osteonecrosis"', () => {
    expect(marked('Risk of osteonecrosis of the jaw was discussed.')).toEqual([
      ['osteonecrosis of the jaw', 'osteonecrosis-of-the-jaw'],
    ]);
    expect(marked('Osteonecrosis was not seen.')).toEqual([
      ['Osteonecrosis', 'osteonecrosis-of-the-jaw'],
      ['not seen', 'word-not-seen'],
    ]);
    expect(marked('metastatic spinal cord compression')).toEqual([
      ['metastatic spinal cord compression', 'spinal-cord-compression'],
    ]);
  });

  it('resolves overlapping terms to one mark each, never nested', () => {
    // "increased tracer uptake" (hot spot) overlaps "tracer" and "uptake"; "bone scan flare" overlaps "bone scan".
    expect(marked('increased tracer uptake after a bone scan flare')).toEqual([
      ['increased tracer uptake', 'hot-spot'],
      ['bone scan flare', 'flare'],
    ]);
  });
});

describe('matching brand names, abbreviations and everyday words', () => {
  it('knows brand names, US spellings and report abbreviations', () => {
    expect(marked('Zometa, Xgeva, tumor, hypercalcemia, SRE, MDT, ALP, ONJ')).toEqual([
      ['Zometa', 'zoledronic-acid'],
      ['Xgeva', 'denosumab'],
      ['tumor', 'tumour'],
      ['hypercalcemia', 'hypercalcaemia'],
      ['SRE', 'skeletal-related-event'],
      ['MDT', 'multidisciplinary-team'],
      ['ALP', 'alkaline-phosphatase'],
      ['ONJ', 'osteonecrosis-of-the-jaw'],
    ]);
  });

  it('matches short abbreviations only in capitals, where lower case is an everyday word', () => {
    expect(marked('PET-CT was booked. Her pet dog came too.')).toEqual([['PET-CT', 'pet-scan']]);
    expect(marked('ER positive. RT to the hip.')).toEqual([
      ['ER positive', 'hormone-receptors'],
      ['RT', 'radiotherapy'],
    ]);
    expect(marked('Ring the er number')).toEqual([]);
  });

  it('does not turn everyday words into cancer words through their stems', () => {
    expect(marked('I met Mrs Smith in clinic; the criteria were met.')).toEqual([]);
    expect(marked('Pain secondary to osteoarthritis.')).toEqual([['osteoarthritis', 'arthritis']]);
    expect(marked('She is making good progress.')).toEqual([]);
    // Written as the glossary writes them, they are still explained.
    expect(marked('bone mets; secondaries in the spine')).toEqual([
      ['bone mets', 'metastasis'],
      ['secondaries', 'metastasis'],
      ['spine', 'vertebrae'],
    ]);
  });

  it('does not explain everyday words that only sometimes mean a medical thing', () => {
    expect(marked('a growth chart; a trial of gabapentin; radiation dose')).toEqual([]);
    expect(marked('bony deposits in the pelvis')).toEqual([
      ['bony deposits', 'metastasis'],
      ['pelvis', 'pelvis'],
    ]);
  });

  it('never runs a phrase across the end of a sentence or a clause', () => {
    expect(marked('Pain in the left hip. Bone scan requested.')).toEqual([
      ['Bone scan', 'bone-scan'],
    ]);
    expect(marked('No evidence. Of note, the scan')).toEqual([['No evidence', 'no-evidence-of']]);
  });

  it('accepts longer abbreviations in lower case, as a carer may type them', () => {
    expect(marked('mri and mdt')).toEqual([
      ['mri', 'mri'],
      ['mdt', 'multidisciplinary-team'],
    ]);
  });

  it('never explains a search-only word as a medical term', () => {
    // "head" is in a search-only group with "skull"; "spread" and "number" likewise.
    expect(marked('the head of the femur')).toEqual([['femur', 'femur']]);
    expect(marked('the femoral head')).toEqual([['femoral head', 'femur']]);
    expect(marked('no spread was seen; call the number on your card')).toEqual([]);
  });
});

describe('spine levels', () => {
  it('knows every level: C1–C7, T1–T12, L1–L5 and S1–S5', () => {
    const levels = [
      ...Array.from({ length: 7 }, (_, index) => `C${index + 1}`),
      ...Array.from({ length: 12 }, (_, index) => `T${index + 1}`),
      ...Array.from({ length: 5 }, (_, index) => `L${index + 1}`),
      ...Array.from({ length: 5 }, (_, index) => `S${index + 1}`),
    ];
    const result = explainer.explain(levels.join(', '));
    expect(result.explanations.map((explanation) => explanation.label)).toEqual(levels);
    expect(explanationFor(result, 'spine-t12')?.definition).toBe(
      'The 12th bone of your upper and middle back (thoracic spine). Reports number these bones from the top, T1 to T12.',
    );
    expect(explanationFor(result, 'spine-c1')?.url).toBe('/glossary/cervical-spine');
  });

  it('does not invent levels that do not exist', () => {
    expect(marked('C8, T13, L6, S6 and L0')).toEqual([]);
  });

  it('reads ranges written in the ways reports write them', () => {
    expect(marked('L3-L5, L3-4, L3–4, T12/L1, L2 to L4, C5/6')).toEqual([
      ['L3-L5', 'spine-l3-to-l5'],
      ['L3-4', 'spine-l3-to-l4'],
      ['L3–4', 'spine-l3-to-l4'],
      ['T12/L1', 'spine-t12-l1'],
      ['L2 to L4', 'spine-l2-to-l4'],
      ['C5/6', 'spine-c5-c6'],
    ]);
    expect(explainer.explain('T12-L1').explanations[0]?.definition).toBe(
      'From the 12th bone of your upper and middle back (thoracic spine) to the 1st bone of your lower back (lumbar spine).',
    );
  });

  it('reads a slash between neighbouring bones as the level between them (the disc or joints)', () => {
    expect(explainer.explain('L4/5 disc').explanations[0]).toMatchObject({
      label: 'L4/L5',
      definition:
        'The level between the 4th and 5th bones of your lower back (lumbar spine): often the disc or the joints that join them.',
    });
    expect(explainer.explain('L5/S1').explanations[0]?.definition).toBe(
      'The level between the 5th bone of your lower back (lumbar spine) and the 1st bone of your sacrum, the bone at the base of your spine: often the disc or the joints that join them.',
    );
    // Not neighbours: a range.
    expect(explainer.explain('L2/L4').explanations[0]?.label).toBe('L2 to L4');
  });

  it('knows D for dorsal, as some reports call the thoracic spine', () => {
    expect(explainer.explain('D7 collapse').explanations[0]).toMatchObject({
      label: 'D7',
      url: '/glossary/thoracic-spine',
    });
  });

  it('does not read MRI settings, nerves, blood tests or tumour staging as the spine', () => {
    const spineLevels = (text: string) =>
      marked(text).filter(([, key]) => key.startsWith('spine-'));
    for (const text of [
      'T2-weighted images',
      'T2 weighted and T1 W sequences',
      'on T1 and T2 sequences',
      'Low T1 and high STIR signal',
      'free T4 was normal',
      'an L5 nerve root and C6 radiculopathy',
      'Staged T2 N1 M0',
      'stage T3 at diagnosis',
      'Sagittal T1, axial T2.',
      'Coronal T1 fat sat',
    ]) {
      expect(spineLevels(text), text).toEqual([]);
    }
  });
});

describe('unknown words', () => {
  it('leaves out everyday English, short words and numbers', () => {
    const result = explainer.explain(
      'The patient was seen in clinic on 12/03/2026 and the findings were discussed with her. 4 mm.',
    );
    expect(result.unknownWords).toEqual([]);
  });

  it('lists two-letter abbreviations in capitals, which are worth asking about', () => {
    expect(explainer.explain('VQ of the knee, seen by the MDT. 4 mm.').unknownWords).toEqual([
      'VQ',
    ]);
  });

  it('keeps the first spelling of each unknown word and its order', () => {
    expect(
      explainer.explain('Enchondroma noted. ENCHONDROMA again, then a chondroblastoma.')
        .unknownWords,
    ).toEqual(['Enchondroma', 'chondroblastoma']);
  });
});

describe('long and hostile input', () => {
  it('explains 20,000 characters and loses nothing', () => {
    const paragraph =
      'Increased uptake at L4 with a lytic lesion; no evidence of fracture. Degenerative change in the hips. ';
    const text = paragraph.repeat(Math.ceil(20_000 / paragraph.length)).slice(0, 20_000);
    const result = explainer.explain(text);
    expect(result.truncated).toBe(false);
    expect(result.segments.map((segment) => segment.text).join('')).toBe(text);
    expect(result.explanations.map((explanation) => explanation.key)).toEqual(
      expect.arrayContaining([
        'hot-spot',
        'spine-l4',
        'lytic',
        'lesion',
        'no-evidence-of',
        'fracture',
      ]),
    );
  });

  it('shows text past the limit without explaining it, and says so', () => {
    const text = `${'a '.repeat(MAX_EXPLAIN_CHARACTERS / 2)}lytic`;
    const result = explainer.explain(text);
    expect(result.truncated).toBe(true);
    expect(result.explanations).toEqual([]);
    expect(result.segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('copes with text that is not a report at all', () => {
    for (const text of [
      '',
      '   ',
      '🦴🦴',
      '<script>alert(1)</script>',
      '((((',
      '\u0000\u0007',
      'é'.repeat(500),
    ]) {
      const result = explainer.explain(text);
      expect(result.segments.map((segment) => segment.text).join('')).toBe(text);
    }
  });
});

describe('the word list the browser downloads', () => {
  it('uses a synonym group only when it names a glossary term and is not search-only', () => {
    const site = fixtureSite();
    const keysWith = (synonyms: typeof site.synonyms, text: string) =>
      createExplainer(buildExplainLexicon({ ...site, synonyms }))
        .explain(text)
        .explanations.map((explanation) => explanation.key);
    expect(
      keysWith([{ words: ['hot spot', 'warm patch'], searchOnly: false }], 'a warm patch'),
    ).toEqual(['hot-spot']);
    expect(
      keysWith([{ words: ['hot spot', 'warm patch'], searchOnly: true }], 'a warm patch'),
    ).toEqual([]);
    // A group with no glossary term has no definition to show.
    expect(
      keysWith([{ words: ['painkillers', 'analgesics'], searchOnly: false }], 'analgesics'),
    ).toEqual([]);
  });

  it('lets a glossary alias win over a synonym group that claims the same words', () => {
    const site = fixtureSite();
    const lexicon = buildExplainLexicon({
      ...site,
      synonyms: [{ words: ['tracer', 'hotspot'], searchOnly: false }],
    });
    expect(
      createExplainer(lexicon)
        .explain('hotspot')
        .explanations.map((e) => e.key),
    ).toEqual(['hot-spot']);
  });

  it('survives the round trip through JSON and rejects anything else', () => {
    const lexicon = getExplainLexicon();
    expect(parseExplainLexicon(JSON.parse(JSON.stringify(lexicon)))).toEqual(lexicon);
    expect(() =>
      parseExplainLexicon({ version: 1, terms: [], phrases: [['x', 'y', 0]], everyday: '' }),
    ).toThrow(/unexpected format/);
    expect(() => parseExplainLexicon('<html>proxy error</html>')).toThrow(/unexpected format/);
  });
});

describe('bone density numbers', () => {
  const placed = (text: string) =>
    explainer
      .explain(text)
      .explanations.filter((explanation) =>
        /^(?:[tz]-score|bmd|frax|change):/.test(explanation.key),
      );

  it.each([
    ['T-score -2.6', 'T-score −2.6', /osteoporosis range/],
    ['T score of −1.8', 'T-score −1.8', /low bone density range/],
    ['T = -2.1', 'T-score −2.1', /low bone density range/],
    ['L2-L4 T-score -2.9', 'T-score −2.9', /osteoporosis range/],
    ['T-score: -1.0', 'T-score −1', /normal range/],
    ['T-score -2.5', 'T-score −2.5', /osteoporosis range/],
    ['T-score -2.49', 'T-score −2.49', /low bone density range/],
    ['T-score +0.4', 'T-score 0.4', /normal range/],
    ['Z-score: -2.4', 'Z-score −2.4', /below the expected range for your age/],
    ['Z-score -2.0', 'Z-score −2', /below the expected range for your age/],
    ['Z-score -1.9', 'Z-score −1.9', /within the expected range for your age/],
  ])('places "%s" in its band', (text, label, band) => {
    const [explanation] = placed(text);
    expect(explanation?.label).toBe(label);
    expect(explanation?.definition).toMatch(band);
    // It places a number; it never advises, and always sends the reader back to their team.
    expect(explanation?.definition).toMatch(/Your team will tell you what this means for you\.$/);
    expect(explanation?.definition).not.toMatch(/\b(?:should|need to|start|treatment)\b/i);
    expect(explanation?.url).toBe(DENSITY_PAGE);
  });

  it('places each end of a range', () => {
    const [range] = placed('T-scores range from -1.2 to -2.3 across the sites.');
    expect(range?.label).toBe('T-scores −1.2 to −2.3');
    expect(range?.definition).toMatch(
      /−1\.2 is in the low bone density range.*−2\.3 is in the low bone density range/,
    );
  });

  it('explains bone mineral density in g/cm², a FRAX percentage and a change since the last scan, as what they measure', () => {
    const labels = placed(
      'L1-L4 BMD 0.812 g/cm2. FRAX 10-year probability of major osteoporotic fracture 12%, hip 3.1%. ' +
        'Since the previous scan, spine BMD has fallen by -4.2%.',
    ).map((explanation) => explanation.label);
    expect(labels).toEqual([
      '0.812 g/cm²',
      '12% (a ten-year chance)',
      '3.1% (a ten-year chance)',
      '−4.2% (a fall in bone density)',
    ]);
    // The direction is the report's, by its sign or its words: never a sign it did not write.
    const change = (sentence: string) => placed(sentence).map((explanation) => explanation.label);
    expect(change('BMD has decreased by 4.1% since the previous scan.')).toEqual([
      '4.1% (a fall in bone density)',
    ]);
    expect(change('Spine BMD increased 3.0% compared with baseline.')).toEqual([
      '3% (a rise in bone density)',
    ]);
    expect(change('Hip BMD +2.5% since the previous scan.')).toEqual([
      '+2.5% (a rise in bone density)',
    ]);
    expect(change('Change in BMD since the previous scan 1.8%.')).toEqual([
      '1.8% (a change in bone density)',
    ]);
    // A percentage elsewhere is just a number.
    expect(placed('She drinks 2% milk.')).toEqual([]);
  });

  it('does not mistake a spine level or an MRI setting for a score', () => {
    expect(placed('T2 weighted images; T12 collapse; Z 2 left')).toEqual([]);
  });
});

describe('report shorthand and links to the explainers', () => {
  it('reads "#" beside a word as a fracture, but not "#1" in a list', () => {
    expect(marked('L1 # noted')).toContainEqual(['#', expect.stringMatching(/^word-/)]);
    expect(marked('see finding #1')).toEqual([]);
  });

  it('matches a short mixed-case abbreviation as written, not as an everyday word', () => {
    expect(marked('Hb 98, Hx of breast Ca')).toEqual(
      expect.arrayContaining([
        ['Hb', expect.any(String)],
        ['Hx', expect.any(String)],
      ]),
    );
    expect(marked('hx')).toEqual([]);
  });

  it('links a word to the explainer that covers it as well as to its definition', () => {
    const result = explainer.explain('Appearances are of metastatic disease. T-score -2.6.');
    const metastasis = explanationFor(result, 'metastasis');
    expect(metastasis?.url).toBe('/glossary/metastasis');
    expect(metastasis?.topicUrl).toMatch(/^\/topics\//);
    expect(
      result.explanations.find((explanation) => explanation.key.startsWith('t-score'))?.url,
    ).toBe(DENSITY_PAGE);
  });

  it('never lists everyday words as words it does not explain', () => {
    expect(
      explainer.explain(
        'Keep taking vitamin D. Dental review booked. Good flexibility, posture and mobility.',
      ).unknownWords,
    ).toEqual([]);
  });
});

describe('a report word in the address fragment', () => {
  it('reads the word a search result links to, and nothing else', () => {
    expect(wordFromFragment('#word=hyperintense')).toBe('hyperintense');
    expect(wordFromFragment('#word=filling%20defect')).toBe('filling defect');
    expect(wordFromFragment('#word=%E0%A4%A')).toBe('');
    expect(wordFromFragment('#main')).toBe('');
    expect(wordFromFragment('')).toBe('');
    expect(wordFromFragment(`#word=${'a'.repeat(500)}`)).toHaveLength(200);
  });
});

describe('realistic report excerpts, explained by the real word list', () => {
  // A promise of the content itself: the real lexicon, as /explain-lexicon.json serves it.
  const realExplainer = createExplainer(getExplainLexicon());
  it.each(Object.entries(REPORTS))(
    '%s: 15 or more excerpts, and at least 90% of the words a patient needs are explained',
    (_kind, excerpts) => {
      expect(excerpts.length).toBeGreaterThanOrEqual(15);
      const result = coverage(realExplainer, excerpts);
      // The misses are printed so a drop says which words stopped being explained.
      expect(
        result.explained / result.needed,
        `missed: ${result.missed.join(', ')}`,
      ).toBeGreaterThanOrEqual(0.9);
    },
  );
});

describe('words a report says were not seen', () => {
  it('notices "no", "not" and "nil" just before a word it explains, in the same clause', () => {
    expect(explainer.explain('No lymphadenopathy. No bone metastases.').explainsANegatedWord).toBe(
      true,
    );
    expect(explainer.explain('Metastasis is not seen.').explainsANegatedWord).toBe(false);
    expect(explainer.explain('Nil of note. Sclerotic lesion at L3.').explainsANegatedWord).toBe(
      false,
    );
    expect(explainer.explain('Lytic lesion at L3.').explainsANegatedWord).toBe(false);
  });
});
