import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useContext, useEffect } from 'react';
import { UNSAFE_DataRouterContext, useBlocker } from 'react-router';

import { criteriaText } from './text';

const text = criteriaText.leave;

/** Asks before navigating away (another screen, district or year) with unsaved edits. */
function RouterBlocker({ dirty, body }: { dirty: boolean; body: string }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    // Closing the modal after a choice also fires onClose: answer the blocker once only.
    let answered = false;
    const answer = (proceed: boolean) => {
      if (answered) return;
      answered = true;
      if (proceed) blocker.proceed();
      else blocker.reset();
    };
    modals.openConfirmModal({
      title: text.title,
      children: <Text size="sm">{body}</Text>,
      labels: { confirm: text.leave, cancel: text.stay },
      confirmProps: { color: 'red' },
      onConfirm: () => answer(true),
      onCancel: () => answer(false),
      onClose: () => answer(false),
    });
  }, [blocker, body]);
  return null;
}

/**
 * Unsaved-changes guard: react-router's blocker inside the app (it needs a data router, so it is
 * skipped under a plain MemoryRouter in component tests) and the browser's own prompt on reload or close.
 */
export function LeaveGuard({ dirty, body = text.body }: { dirty: boolean; body?: string }) {
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return dataRouter ? <RouterBlocker dirty={dirty} body={body} /> : null;
}
