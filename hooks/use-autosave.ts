'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, callApi, getApi } from '@/lib/client/api';
import type { Draft } from '@/lib/drafts/draft';
import {
  changedFields,
  type EditableFieldName,
  type EditableFields,
  editableFields,
  fieldProblems,
  mergeEdits,
} from '@/lib/drafts/editable-fields';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'offline' }
  | { kind: 'logged_out' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; theirs: Draft; conflicts: EditableFieldName[] };

const SAVE_DELAY_MS = 1_000;
// Serialising a long post on every keystroke costs time that grows with it: the copy in this browser is
// written once typing pauses this long, and at once when the page is hidden or left.
const BACKUP_DELAY_MS = 250;
const RETRY_OFFLINE_MS = 5_000;

function backupKey(id: string): string {
  return `postsmith:unsaved:${id}`;
}

type Backup = { version: number; fields: EditableFields };

function readBackup(draft: Draft): EditableFields | null {
  try {
    const stored = window.localStorage.getItem(backupKey(draft.id));
    if (!stored) return null;
    const backup = JSON.parse(stored) as Backup;
    return backup.version === draft.version ? backup.fields : null;
  } catch {
    return null;
  }
}

/**
 * Saves the editor's fields a second after the person stops typing, with optimistic concurrency on
 * `version`: a stale save never overwrites silently, it turns into a conflict the person resolves.
 * Unsaved fields are also kept in this browser, so a refresh or a crash loses nothing.
 */
export function useAutosave(draft: Draft) {
  const [fields, setFields] = useState<EditableFields>(() => editableFields(draft));
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const [restoredBackup, setRestoredBackup] = useState(false);
  const base = useRef<EditableFields>(editableFields(draft));
  const version = useRef(draft.version);
  const latest = useRef(fields);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const backupTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef<() => Promise<void>>(async () => {});
  latest.current = fields;

  const writeBackup = useCallback(() => {
    if (backupTimer.current === undefined) return;
    clearTimeout(backupTimer.current);
    backupTimer.current = undefined;
    window.localStorage.setItem(backupKey(draft.id), JSON.stringify({ version: version.current, fields: latest.current } satisfies Backup));
  }, [draft.id]);

  const dropBackup = useCallback(() => {
    clearTimeout(backupTimer.current);
    backupTimer.current = undefined;
    window.localStorage.removeItem(backupKey(draft.id));
  }, [draft.id]);

  useEffect(() => {
    const backup = readBackup(draft);
    if (backup && Object.keys(changedFields(base.current, backup)).length > 0) {
      setFields(backup);
      setRestoredBackup(true);
      // Saved as if just typed: after a crash, a refresh or a login the person need not touch the field again.
      setState({ kind: 'unsaved' });
      timer.current = setTimeout(() => void saveRef.current(), SAVE_DELAY_MS);
    }
  }, [draft]);

  /**
   * A newer version was saved elsewhere: merge it in field by field. Fields only one side changed are settled and
   * the merge saved at once; fields both changed wait for the person in the conflict dialog.
   */
  const catchUp = useCallback(async (theirs: Draft): Promise<void> => {
    const merged = mergeEdits({ base: base.current, mine: latest.current, theirs: editableFields(theirs) });
    version.current = theirs.version;
    base.current = editableFields(theirs);
    latest.current = merged.fields;
    setFields(merged.fields);
    if (merged.conflicts.length > 0) {
      setState({ kind: 'conflict', theirs, conflicts: merged.conflicts });
      return;
    }
    const unsaved = Object.keys(changedFields(base.current, merged.fields)).length > 0;
    setState({ kind: unsaved ? 'unsaved' : 'saved' });
    if (unsaved) timer.current = setTimeout(() => void saveRef.current(), 0);
  }, []);

  const save = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (inFlight.current) {
      await inFlight.current;
    }
    const sending = latest.current;
    const edited = changedFields(base.current, sending);
    // A field the server would refuse waits (its message is on the field); the others save now.
    const held = fieldProblems(sending);
    const changes = Object.fromEntries(Object.entries(edited).filter(([name]) => !(name in held))) as Partial<EditableFields>;
    if (Object.keys(changes).length === 0) {
      if (Object.keys(edited).length > 0) {
        setState({ kind: 'unsaved' });
        return;
      }
      setState({ kind: 'saved' });
      dropBackup();
      return;
    }
    setState({ kind: 'saving' });
    inFlight.current = (async () => {
      try {
        const saved = await callApi<Draft>(`/api/drafts/${draft.id}`, { method: 'PATCH', body: { version: version.current, ...changes } });
        version.current = saved.version;
        base.current = { ...base.current, ...changes, slug: saved.slug, tags: saved.tags };
        // The server normalises tags (trim, de-duplicate); show its result unless the person has moved on.
        if (latest.current.tags === sending.tags && saved.tags.join('\n') !== sending.tags.join('\n')) {
          latest.current = { ...latest.current, tags: saved.tags };
          setFields((previous) => ({ ...previous, tags: saved.tags }));
        }
        const stillChanged = Object.keys(changedFields(base.current, latest.current)).length > 0;
        if (stillChanged) {
          setState({ kind: 'unsaved' });
          timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
        } else {
          setState({ kind: 'saved' });
          dropBackup();
        }
      } catch (error) {
        if (error instanceof ApiError && error.code === 'version_conflict') {
          await catchUp(await getApi<Draft>(`/api/drafts/${draft.id}`));
        } else if (error instanceof ApiError && error.status === 401) {
          // Logged out elsewhere (another tab, an expired login): the fields stay in this browser's backup, which
          // this page restores and saves once the person is back from the login page.
          setState({ kind: 'logged_out' });
        } else if (error instanceof ApiError && error.status >= 500) {
          // The server could not store it now (a locked or full database): keep the text and try again.
          setState({ kind: 'error', message: error.message });
          timer.current = setTimeout(() => void save(), RETRY_OFFLINE_MS);
        } else if (error instanceof ApiError) {
          setState({ kind: 'error', message: error.message });
        } else {
          setState({ kind: 'offline' });
          timer.current = setTimeout(() => void save(), RETRY_OFFLINE_MS);
        }
      } finally {
        inFlight.current = null;
      }
    })();
    await inFlight.current;
  }, [draft.id, catchUp, dropBackup]);
  saveRef.current = save;

  const update = useCallback(
    (next: Partial<EditableFields>) => {
      setFields((previous) => ({ ...previous, ...next }));
      clearTimeout(backupTimer.current);
      backupTimer.current = setTimeout(writeBackup, BACKUP_DELAY_MS);
      setState((previous) => (previous.kind === 'conflict' ? previous : { kind: 'unsaved' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
    },
    [save, writeBackup],
  );

  /** Conflict resolution: the person's values win the fields both sides changed; the merge is saved. */
  const keepMine = useCallback(() => {
    void save();
  }, [save]);

  /** Conflict resolution: the saved values win the fields both sides changed; the person's other edits still save. */
  const takeTheirs = useCallback(
    (theirs: Draft, conflicts: readonly EditableFieldName[]) => {
      const next = { ...latest.current };
      for (const name of conflicts) Object.assign(next, { [name]: theirs[name] });
      latest.current = next;
      setFields(next);
      void save();
    },
    [save],
  );

  // A tab coming back into view checks for a newer version, so it does not edit a stale copy.
  useEffect(() => {
    const refresh = async () => {
      if (document.visibilityState !== 'visible' || inFlight.current) return;
      try {
        const stored = await getApi<Draft>(`/api/drafts/${draft.id}`);
        if (stored.version > version.current) await catchUp(stored);
      } catch {
        // Offline or logged out: the next save says so.
      }
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [draft.id, catchUp]);

  useEffect(() => {
    const retry = () => void save();
    const warn = (event: BeforeUnloadEvent) => {
      if (Object.keys(changedFields(base.current, latest.current)).length > 0) event.preventDefault();
    };
    const flushBackup = () => {
      if (document.visibilityState === 'hidden') writeBackup();
    };
    window.addEventListener('online', retry);
    window.addEventListener('beforeunload', warn);
    window.addEventListener('pagehide', writeBackup);
    document.addEventListener('visibilitychange', flushBackup);
    return () => {
      window.removeEventListener('online', retry);
      window.removeEventListener('beforeunload', warn);
      window.removeEventListener('pagehide', writeBackup);
      document.removeEventListener('visibilitychange', flushBackup);
      clearTimeout(timer.current);
      // Leaving the editor (another view of the draft) keeps what was typed.
      writeBackup();
    };
  }, [save, writeBackup]);

  return { fields, update, save, state, keepMine, takeTheirs, restoredBackup, version };
}
