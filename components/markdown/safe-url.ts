// Model text is untrusted: only web, mail, in-page and same-site link targets (as in markdown-preview.tsx).
export function safeUrl(url: string): string {
  return /^(https?:|mailto:|#|\/)/i.test(url.trim()) ? url : '';
}
