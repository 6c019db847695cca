/** One problem found in one content file, located by the field (or body line) that has it. */
export interface ContentIssue {
  /** Path relative to the project root, e.g. `content/topics/bone-scan.md`. */
  file: string;
  /** Field path such as `related[1]` or `review.nextReview`, or `body line 12`. */
  field: string;
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  return issue.field
    ? `${issue.file} › ${issue.field}: ${issue.message}`
    : `${issue.file}: ${issue.message}`;
}

/** Turns a zod-style path into `careCards[0].symptoms[2]`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

/** Thrown once with every error in every file, so an editor can fix them all in one pass. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    const count = `${issues.length} content error${issues.length === 1 ? '' : 's'}`;
    super(`${count}:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`);
    this.name = 'ContentError';
    this.issues = issues;
  }
}
