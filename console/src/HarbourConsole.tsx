import { useMemo } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { BrowserRouter, Route } from 'react-router-dom';
import { buildCatalogs } from './i18n/catalogs';
import { Layout } from './layout/Layout';
import { theme } from './layout/theme';
import { ModulesProvider, type ConsoleModule, type ConsoleResource } from './module';
import { LoginPage } from './pages/LoginPage';
import { createAuthProvider } from './providers/authProvider';
import { combinedDataProvider } from './providers/dataProvider';
import { createI18nProvider } from './providers/i18nProvider';
import type { ResourceAccess } from './providers/permissions';

/** What the console is made of, assembled from the modules; a resource, route or message defined twice is an error. */
export function assembleConsole(modules: readonly ConsoleModule[]) {
  const resources = new Map<string, ConsoleResource>();
  for (const module of modules) {
    for (const resource of module.resources ?? []) {
      if (resources.has(resource.name)) throw new Error(`The resource ${resource.name} of the ${module.name} module is already defined`);
      resources.set(resource.name, resource);
    }
  }
  const access = new Map<string, ResourceAccess>();
  for (const { name, subject, actions } of resources.values()) if (subject) access.set(name, { subject, actions });
  const routes = modules.flatMap((module) => module.routes ?? []);
  const paths = routes.map((route) => route.path);
  const repeated = paths.find((path, index) => paths.indexOf(path) !== index);
  if (repeated) throw new Error(`The route ${repeated} is defined twice`);
  const dashboards = modules.flatMap((module) => (module.dashboard ? [module.dashboard] : []));
  if (dashboards.length > 1) throw new Error('Only one module may define the dashboard');
  return {
    dataProvider: combinedDataProvider(new Map([...resources.values()].map((resource) => [resource.name, resource.dataProvider]))),
    authProvider: createAuthProvider(access),
    i18nProvider: createI18nProvider(buildCatalogs(modules)),
    views: [...resources.values()].filter((resource) => resource.views),
    routes,
    dashboard: dashboards[0],
  };
}

/** The Harbour admin console, served by the API at /console/, made of `modules` (the menu follows their order). */
export function HarbourConsole({ modules }: { modules: readonly ConsoleModule[] }) {
  const { dataProvider, authProvider, i18nProvider, views, routes, dashboard } = useMemo(() => assembleConsole(modules), [modules]);
  return (
    <ModulesProvider value={modules}>
      {/* Without transitions: a signed-out visit redirects to the sign-in page while react-admin's auth queries reset, and
          those urgent updates kept interrupting the transition to it — thousands of redirects and 10+ s before the form. */}
      <BrowserRouter basename="/console" useTransitions={false}>
        <Admin
          title="Harbour"
          dataProvider={dataProvider}
          authProvider={authProvider}
          i18nProvider={i18nProvider}
          layout={Layout}
          loginPage={LoginPage}
          dashboard={dashboard}
          theme={theme}
          requireAuth
          disableTelemetry
        >
          {views.map((resource) => (
            <Resource key={resource.name} name={resource.name} {...resource.views} />
          ))}
          <CustomRoutes>
            {routes.map((route) => (
              <Route key={route.path} path={route.path} element={route.element} />
            ))}
          </CustomRoutes>
        </Admin>
      </BrowserRouter>
    </ModulesProvider>
  );
}
