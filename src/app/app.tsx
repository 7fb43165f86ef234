import { RouterProvider } from 'react-router/dom';
import { AppServicesProvider } from '../hooks/use-app-services';
import { createAppLoader } from '../lib/app-loader';
import { createCaseSession } from '../lib/case-session';
import { createAppRouter } from './router';

// Created once, at the root, for the life of the tab.
const services = { loader: createAppLoader(), session: createCaseSession() };
const router = createAppRouter(services);

export function App() {
  return (
    <AppServicesProvider value={services}>
      <RouterProvider router={router} />
    </AppServicesProvider>
  );
}
