import { Menu as RaMenu } from 'react-admin';
import { useConsoleModules } from '../module';

/** The sidebar: the dashboard, then each module's entry in the order App.tsx lists them (each follows the permissions). */
export function Menu() {
  const modules = useConsoleModules();
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {modules.map(({ name, menu: Entry }) => Entry && <Entry key={name} />)}
    </RaMenu>
  );
}
