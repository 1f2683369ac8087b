'use client';

import { useState } from 'react';
import { PersonRow } from './person-row';
import type { PersonView } from './person-view';

/** Everyone with an account; a change to one row updates it in place. */
export function PeopleList({ initial, youId }: { initial: PersonView[]; youId: string }) {
  const [people, setPeople] = useState(initial);
  return (
    <ul
      aria-label="People"
      className="divide-y divide-stone-200 rounded-lg border border-stone-200 dark:divide-stone-800 dark:border-stone-800"
    >
      {people.map((person) => (
        <PersonRow
          key={person.id}
          person={person}
          isYou={person.id === youId}
          onChange={(updated) => setPeople((current) => current.map((one) => (one.id === updated.id ? updated : one)))}
        />
      ))}
    </ul>
  );
}
