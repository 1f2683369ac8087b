import type { PublishStatus } from './schemas';

/** A draft as a site receives it: the body already HTML, the date already an instant. */
export type OutgoingPost = {
  title: string;
  slug: string;
  excerpt: string;
  html: string;
  tags: string[];
  categories: string[];
  /** The draft's focus keywords, for an SEO plugin that takes them. */
  focusKeyword: string;
  status: PublishStatus;
  date: Date | undefined;
};

/** The site's post after a publish: enough to link to it and to update it next time. */
export type RemotePost = { id: string; url: string; status: string; date: string | null };

/** One kind of site: check a connection, publish (update when `remoteId` is given), read a post back. */
export type SiteClient = {
  check(): Promise<{ siteName: string; timeZone: string; user: string; apiRoot: string }>;
  publish(post: OutgoingPost, remoteId: string | undefined): Promise<RemotePost>;
  /** The post as the site has it now; null when it was deleted or trashed there. */
  read(remoteId: string): Promise<RemotePost | null>;
};
