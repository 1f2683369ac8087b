// Model text is untrusted: only web, mail, in-page and same-site link targets (javascript:, data: and the like are dropped).
export function safeUrl(url: string): string {
  return /^(https?:|mailto:|#|\/)/i.test(url.trim()) ? url : '';
}
