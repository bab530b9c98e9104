import { Admin, CustomRoutes, Resource } from 'react-admin';
import { BrowserRouter, Route } from 'react-router-dom';
import { Layout } from './layout/Layout';
import { theme } from './layout/theme';
import { Dashboard } from './pages/Dashboard';
import { ImportPage } from './pages/ImportPage';
import { LoginPage } from './pages/LoginPage';
import { SettingsPage } from './pages/SettingsPage';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import { audit } from './resources/audit';
import { departments } from './resources/departments';
import { jobRanks } from './resources/jobRanks';
import { people } from './resources/people';
import { roles } from './resources/roles';

/** The Harbour admin console, served by the API at /console/. */
export function App() {
  return (
    <BrowserRouter basename="/console">
      <Admin
        title="Harbour"
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={i18nProvider}
        layout={Layout}
        loginPage={LoginPage}
        dashboard={Dashboard}
        theme={theme}
        requireAuth
        disableTelemetry
      >
        <Resource name="departments" {...departments} />
        <Resource name="people" {...people} />
        <Resource name="roles" {...roles} />
        <Resource name="audit" {...audit} />
        <Resource name="jobRanks" {...jobRanks} />
        <Resource name="roleAssignments" />
        <CustomRoutes>
          <Route path="/import" element={<ImportPage />} />
          <Route path="/settings" element={<SettingsPage />} />
        </CustomRoutes>
      </Admin>
    </BrowserRouter>
  );
}
