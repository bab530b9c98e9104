import { useEffect, type ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { preloadViews } from '../module';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

/**
 * react-admin's layout with Harbour's app bar and permission-aware menu. It is shown only to someone signed in: once
 * the first screen has its code and the browser is idle, the other screens' code is fetched, so moving between them
 * does not wait for it (the sign-in page still loads none of it).
 */
export function Layout({ children }: { children: ReactNode }) {
  useEffect(() => {
    void preloadViews();
  }, []);
  return (
    <RaLayout appBar={AppBar} menu={Menu}>
      {children}
    </RaLayout>
  );
}
