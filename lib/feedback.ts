/**
 * "Was this page helpful?": a mailto: link that opens the reader's own email app, addressed to the
 * site's feedback address (content/site.yaml `feedbackEmail`), with the page's address filled in.
 * The site sends nothing: no form, no tracking; the reader decides whether to send the email.
 */
import { absoluteUrl } from './routes';

/** The last line of every feedback email: the address is not a way to reach a care team. */
export const FEEDBACK_PRIVACY_LINE =
  'Please do not include your name or any personal medical details. For questions about your own care, contact your care team.';

export interface FeedbackPage {
  /** The site's published address, from content/site.yaml (no trailing slash needed). */
  baseUrl: string;
  /** The page's path on the site, starting with "/": "/topics/bone-scan". */
  path: string;
  /** The page's title, as its heading shows it. */
  title: string;
}

/** The page's full, published address: baseUrl + path. */
export function pageAddress({ baseUrl, path }: Pick<FeedbackPage, 'baseUrl' | 'path'>): string {
  return absoluteUrl(baseUrl, path);
}

/**
 * The mailto: link (RFC 6068): subject "Feedback on <title>", and a body that starts with the page's
 * full address, then room for the reader's words, then the privacy line. Line breaks are CRLF, as
 * RFC 6068 asks; subject and body are percent-encoded with encodeURIComponent.
 */
export function feedbackMailto(email: string, page: FeedbackPage): string {
  const subject = `Feedback on ${page.title}`;
  const body = [pageAddress(page), '', '', FEEDBACK_PRIVACY_LINE].join('\r\n');
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
