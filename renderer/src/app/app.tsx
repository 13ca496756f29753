import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createQueryClient } from './query-client';
import { SessionGate } from './session-gate';
import { useDeskEvents } from './use-desk-events';

export function App() {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <EventBridge />
      <SessionGate />
    </QueryClientProvider>
  );
}

function EventBridge() {
  useDeskEvents();
  return null;
}
