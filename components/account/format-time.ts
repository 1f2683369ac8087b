// One zone for server and browser alike, so the page hydrates with the text it was rendered with.
const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export const formatTime = (iso: string) => `${dateTime.format(new Date(iso))} UTC`;
